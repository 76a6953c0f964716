package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.api.SubmitApplicationRequest;
import jp.esurety.application.domain.ApplicationKind;
import jp.esurety.application.domain.LineStatus;
import jp.esurety.application.messaging.ApplicationEvents;
import jp.esurety.application.persistence.AdvisoryLocks;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.ApplicationLineEntity;
import jp.esurety.application.persistence.ContractorCopyEntity;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A contractor submits an application (申込作成 > 申込確認 > 送信完了): at once, or a saved draft, or again after the
 * surety returned it (差戻し). Checked, stored and announced as {@code ApplicationSubmitted} through the outbox.
 * Rule 8: a request repeated with the same {@code Idempotency-Key} answers with what the first one created.
 */
@ApplicationScoped
@Transactional
public class SubmittingApplication {

    static final String IDEMPOTENCY_LOCK = "application-idempotency-key";
    static final String APPLICATION_LOCK = "application-submission";

    /** The application and whether it was created (or submitted) by this very request. */
    public record Outcome(ApplicationView application, boolean replayed) {
    }

    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationRules rules;
    private final RequestingAmendment amending;

    public SubmittingApplication(Outbox outbox, Clock clock, ApplicationRules rules, RequestingAmendment amending) {
        this.outbox = outbox;
        this.clock = clock;
        this.rules = rules;
        this.amending = amending;
    }

    public ApplicationView submit(String contractorId, SubmitApplicationRequest request) {
        return submit(contractorId, request, null).application();
    }

    public Outcome submit(String contractorId, SubmitApplicationRequest request, String idempotencyKey) {
        Optional<Outcome> earlier = replay(contractorId, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ContractorCopyEntity contractor = registered(contractorId);
        rules.checkSubmittable(contractorId, null, request);
        Instant now = Times.now(clock);
        ApplicationEntity application = new ApplicationEntity();
        application.id = UUID.randomUUID();
        application.contractorId = contractorId;
        application.createdAt = now;
        ApplicationForms.apply(request, application);
        send(application, contractor, idempotencyKey, now, false);
        application.persist();
        return new Outcome(ApplicationView.of(application), false);
    }

    /**
     * Submits a saved draft, or resubmits an application the surety returned (差戻し) with its changes: the same
     * application and line ids, {@code ApplicationSubmitted} with {@code resubmission: true} — or, for a returned
     * 変更申込, {@code AmendmentRequested} again.
     */
    public Outcome submitSaved(String contractorId, UUID id, String idempotencyKey) {
        Optional<Outcome> earlier = replay(contractorId, idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().application().id().equals(id)) {
                throw ProblemException.conflict("この Idempotency-Key は別の申込の送信に使われています。新しいキーで送信してください。");
            }
            return earlier.get();
        }
        AdvisoryLocks.lock(APPLICATION_LOCK, id.toString()); // one submission of the same application at a time
        ApplicationEntity application = ApplicationEntity.findOwned(id, contractorId)
                .orElseThrow(() -> ProblemException.notFound("申込が見つかりません。"));
        if (!application.editable()) {
            throw ProblemException.conflict("この申込は送信済みです(差戻しを受けた申込のみ再申込できます)。");
        }
        if (ApplicationKind.AMENDMENT.name().equals(application.kind)) {
            amending.resubmit(application, idempotencyKey);
            return new Outcome(ApplicationView.of(application), false);
        }
        ContractorCopyEntity contractor = registered(contractorId);
        rules.checkSubmittable(contractorId, application.id, ApplicationForms.toForm(application));
        send(application, contractor, idempotencyKey, Times.now(clock), !application.isDraft());
        return new Outcome(ApplicationView.of(application), false);
    }

    private void send(ApplicationEntity application, ContractorCopyEntity contractor, String idempotencyKey,
                      Instant now, boolean resubmission) {
        application.contractorName = contractor.name;
        if (application.contractAmount == null) {
            application.contractAmount = application.plannedBidAmount; // a bid bond's 請負金額 is the planned bid
        }
        if (application.contractDate == null) {
            application.contractDate = application.bidDate;
        }
        application.idempotencyKey = idempotencyKey == null ? application.idempotencyKey : idempotencyKey;
        application.submittedAt = now;
        application.updatedAt = now;
        for (ApplicationLineEntity line : application.lines) {
            line.status = LineStatus.SUBMITTED;
        }
        outbox.publish(ApplicationEvents.TOPIC, ApplicationEvents.APPLICATION_SUBMITTED, application.id.toString(),
                ApplicationSubmittedEvent.of(application, application.lines, resubmission));
    }

    /**
     * Rule 8: what an earlier request with the same Idempotency-Key created, if any. Requests with one key take
     * turns (an advisory lock held to the end of the transaction): a concurrent twin waits for the first to commit
     * and then answers with what it created, never a second application.
     */
    static Optional<Outcome> replay(String contractorId, String idempotencyKey) {
        if (idempotencyKey != null) {
            AdvisoryLocks.lock(IDEMPOTENCY_LOCK, contractorId + ":" + idempotencyKey);
        }
        return Optional.ofNullable(idempotencyKey)
                .flatMap(key -> ApplicationEntity.findByIdempotencyKey(contractorId, key))
                .map(earlier -> new Outcome(ApplicationView.of(earlier), true));
    }

    static ContractorCopyEntity registered(String contractorId) {
        return ContractorCopyEntity.<ContractorCopyEntity>findByIdOptional(contractorId)
                .orElseThrow(() -> ProblemException.ruleViolated("contractor-registered", null,
                        "お客様情報が保証会社に登録されていません。保証会社にお問い合わせください。"));
    }
}
