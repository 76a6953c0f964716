package jp.esurety.registry.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.registry.config.RegistryConfig;
import jp.esurety.registry.domain.AllowedWorks;
import jp.esurety.registry.messaging.RegistryEvents;
import jp.esurety.registry.persistence.OrdererEntity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Keeps the orderer directory announced to the other services ({@code OrdererEnrolled}); with demo data on, enrolls
 * 小美玉市長 (electronic surety from 2024-08-01, seed 000) and 柏市 (from 2026-01-05, assumed from seed 003's briefing).
 */
@ApplicationScoped
public class EnrollingOrderers {

    private final RegistryConfig config;
    private final Outbox outbox;
    private final Clock clock;

    public EnrollingOrderers(RegistryConfig config, Outbox outbox, Clock clock) {
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        StartupSeeding.lock();
        if (config.demoData()) {
            enrollIfMissing("ORD-082368", "小美玉市長", LocalDate.of(2024, 8, 1),
                    "小美玉市が電子保証の利用を認めた工事・業務委託", "【電子保証】{工事番号} {工事名}");
            enrollIfMissing("ORD-122173", "柏市", LocalDate.of(2026, 1, 5),
                    "柏市が電子保証の利用を認めた工事・業務委託", "【請求関係書類】{工事番号} {工事名}");
        }
        announcePending();
    }

    private static void enrollIfMissing(String id, String name, LocalDate from, String rule, String subject) {
        if (OrdererEntity.findByIdOptional(id).isEmpty()) {
            OrdererEntity o = new OrdererEntity();
            o.ordererId = id;
            o.name = name;
            o.acceptsElectronicSuretyFrom = from;
            o.allowedWorksRule = rule;
            o.allowedWorks = AllowedWorks.MARKED_WORKS_ONLY;
            o.subjectTemplate = subject;
            o.persist();
        }
    }

    @Transactional
    public int announcePending() {
        Instant now = clock.instant();
        int announced = 0;
        for (OrdererEntity o : OrdererEntity.unannounced()) {
            outbox.publish(RegistryEvents.TOPIC, RegistryEvents.ORDERER_ENROLLED, o.ordererId,
                    ManagingOrderers.enrolled(o));
            o.announcedAt = now;
            announced++;
        }
        return announced;
    }
}
