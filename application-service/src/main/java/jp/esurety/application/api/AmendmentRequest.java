package jp.esurety.application.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jp.esurety.application.domain.CertificateFormat;
import jp.esurety.application.domain.ChangeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** 変更申込: a change of one of the contractor's guarantee contracts, named by its 保証契約番号. */
@Schema(description = "変更申込(増額・減額・保証期限変更)")
public record AmendmentRequest(
        @Schema(description = "変更する保証契約の保証契約番号(ハイフンなしも可)", example = "10101-000001")
        @NotBlank(message = "保証契約番号を入力してください。") String contractNumber,
        @Schema(description = "INCREASE(増額) | DECREASE(減額) | TERM_CHANGE(保証期限変更)")
        @NotNull(message = "変更の種類を選択してください。") ChangeType changeType,
        @Schema(description = "保証証書の形式(省略時は元の保証契約の形式。異なる形式は指定できません)")
        CertificateFormat format,
        @Schema(description = "変更後の保証金額(円、増額・減額で必須)", example = "24000000")
        @Positive(message = "変更後の保証金額は1円以上の整数で入力してください。") Long newGuaranteeAmount,
        @Schema(description = "変更後の保証期限(保証期限変更で必須)", example = "2027-06-30")
        LocalDate newGuaranteeEnd,
        @Schema(description = "変更後の請負金額(円)", example = "60000000")
        @Positive(message = "変更後の請負金額は1円以上の整数で入力してください。") Long newContractAmount,
        @Schema(description = "変更後の工期(至)")
        LocalDate newPeriodTo,
        @Schema(description = "変更理由", example = "設計変更による増額")
        @Size(max = 2000, message = "変更理由は2000文字以内で入力してください。") String reason,
        @Schema(description = "電子保証発行完了のお知らせを希望する")
        boolean completionMailWanted,
        @Schema(description = "メールアドレス(お知らせを希望する場合は必須)")
        @Email(message = "メールアドレスの形式が正しくありません。") String completionMailAddress) {
}
