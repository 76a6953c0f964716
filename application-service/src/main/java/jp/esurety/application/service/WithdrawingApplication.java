package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.domain.LineStatus;
import jp.esurety.application.messaging.ApplicationEvents;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A contractor withdraws (取下げ) a submitted application before the surety decided on it. */
@ApplicationScoped
@Transactional
public class WithdrawingApplication {

    private final Outbox outbox;
    private final Clock clock;

    public WithdrawingApplication(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public ApplicationView withdraw(String contractorId, UUID id, String reason) {
        ApplicationEntity application = ApplicationEntity.findOwned(id, contractorId)
                .orElseThrow(() -> ProblemException.notFound("申込が見つかりません。"));
        if (application.isDraft()) {
            throw ProblemException.conflict("下書きは取下げできません。削除してください。");
        }
        if (!application.lines.stream().allMatch(l -> l.status.withdrawable())) {
            throw ProblemException.conflict("保証会社の審査結果が出た申込は取下げできません。");
        }
        Instant now = Times.now(clock);
        application.lines.forEach(l -> l.status = LineStatus.WITHDRAWN);
        application.withdrawnAt = now;
        application.withdrawalReason = reason;
        application.updatedAt = now;
        outbox.publish(ApplicationEvents.TOPIC, ApplicationEvents.APPLICATION_WITHDRAWN, application.id.toString(),
                new ApplicationEvents.ApplicationWithdrawn(application.id, now,
                        application.lines.stream().map(l -> l.id).toList(), reason));
        return ApplicationView.of(application);
    }
}
