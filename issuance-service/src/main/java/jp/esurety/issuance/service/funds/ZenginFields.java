package jp.esurety.issuance.service.funds;

import jp.esurety.issuance.domain.funds.ZenginText;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors for names that go into the Zengin file (half-width katakana, byte limits). */
final class ZenginFields {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    ZenginFields required(String field, String value, int max, String what) {
        if (!ZenginText.isValid(value, max)) {
            errors.add(new Problem.FieldError(field, what + "は半角カナ・半角英数字（英字は大文字）" + max
                    + "文字以内で入力してください（小さい「ｯ」「ｬ」や「ｰ」は使えません）。"));
        }
        return this;
    }

    ZenginFields optional(String field, String value, int max, String what) {
        return value == null || value.isEmpty() ? this : required(field, value, max, what);
    }

    void check() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
