package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.api.SubmitApplicationRequest;
import jp.esurety.application.domain.ApplicationKind;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.ContractorCopyEntity;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contractor creates, saves, resumes and deletes a draft (作成中), and fixes an application the surety returned
 * (差戻し) before resubmitting it. A draft may be incomplete; only the shape of what it holds is checked.
 */
@ApplicationScoped
@Transactional
public class DraftingApplication {

    private final Clock clock;

    public DraftingApplication(Clock clock) {
        this.clock = clock;
    }

    public ApplicationView create(String contractorId, SubmitApplicationRequest form) {
        refuseAmendment(form);
        Instant now = Times.now(clock);
        ApplicationEntity draft = new ApplicationEntity();
        draft.id = UUID.randomUUID();
        draft.contractorId = contractorId;
        draft.contractorName = ContractorCopyEntity.<ContractorCopyEntity>findByIdOptional(contractorId)
                .map(c -> c.name).orElse(null);
        draft.createdAt = now;
        draft.updatedAt = now;
        ApplicationForms.apply(form, draft);
        draft.persist();
        return ApplicationView.of(draft);
    }

    public ApplicationView save(String contractorId, UUID id, SubmitApplicationRequest form) {
        refuseAmendment(form);
        ApplicationEntity application = owned(contractorId, id);
        if (!application.editable()) {
            throw ProblemException.conflict("送信済みの申込は変更できません(差戻しを受けた申込のみ修正できます)。");
        }
        if (ApplicationKind.AMENDMENT.name().equals(application.kind)) {
            throw ProblemException.conflict("変更申込の修正は PUT /api/applications/{id}/amendment で行ってください。");
        }
        if (!application.isDraft() && !application.kind.equals(form.kindOrDefault().name())) {
            throw ProblemException.conflict("差戻しを受けた申込の種類は変更できません。");
        }
        ApplicationForms.apply(form, application);
        application.updatedAt = Times.now(clock);
        return ApplicationView.of(application);
    }

    public void delete(String contractorId, UUID id) {
        ApplicationEntity application = owned(contractorId, id);
        if (!application.isDraft()) {
            throw ProblemException.conflict("送信済みの申込は削除できません。取下げをご利用ください。");
        }
        application.delete();
    }

    private static ApplicationEntity owned(String contractorId, UUID id) {
        return ApplicationEntity.findOwned(id, contractorId)
                .orElseThrow(() -> ProblemException.notFound("申込が見つかりません。"));
    }

    private static void refuseAmendment(SubmitApplicationRequest form) {
        if (form.kindOrDefault() == ApplicationKind.AMENDMENT) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("kind",
                    "変更申込は保証契約番号を指定して変更申込から申し込んでください。")));
        }
    }
}
