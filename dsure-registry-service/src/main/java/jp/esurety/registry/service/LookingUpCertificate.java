package jp.esurety.registry.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.platform.outbox.Outbox;
import jp.esurety.registry.config.RegistryConfig;
import jp.esurety.registry.config.RegistryKeys;
import jp.esurety.registry.domain.LookupInput;
import jp.esurety.registry.domain.LookupLockout;
import jp.esurety.registry.domain.LookupOutcome;
import jp.esurety.registry.messaging.RegistryEvents;
import jp.esurety.registry.persistence.AuditEntryEntity;
import jp.esurety.registry.persistence.CertificateViewerEntity;
import jp.esurety.registry.persistence.KeyDigestEntity;
import jp.esurety.registry.persistence.LookupLockEntity;
import jp.esurety.registry.persistence.OrdererEntity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An orderer views a certificate with 保証契約番号 + 認証キー. It opens only when the key matches (constant-time
 * digest comparison) and the certificate's obligee is the orderer's own organisation; every failure looks the same.
 * Five failures in a row on one contract lock the user out of it for 30 minutes; each user and each address has a
 * per-minute budget of lookups; every attempt is audited. A view is reported to the surety company as
 * {@code CertificateViewed} the first time the user opens that version and then at most once per
 * {@link RegistryConfig#viewReportInterval()} (an e-contract system may look the same certificate up many times a
 * minute; the contractor is shown the first and the last view, not each one).
 *
 * <p>The attempt is counted against the rate limits in a short transaction of its own (see
 * {@link LookupGuard#countAttempt}); everything else happens in one transaction.
 */
@ApplicationScoped
public class LookingUpCertificate {

    /** Who is looking: the user (token subject/username), their organisation, mail, address and channel. */
    public record Caller(String username, String ordererId, String email, String clientIp, String channel) {
    }

    /** The answer: a view, or why not (FAILED answers alike for every kind of failure). */
    /** Prometheus: esurety_registry_lookup_lockouts_total. */
    public static final String LOCKOUT_METRIC = "esurety.registry.lookup.lockouts";

    public record Result(LookupOutcome outcome, CertificateViews.CertificateView view, Instant lockedUntil) {
        public Optional<CertificateViews.CertificateView> found() {
            return Optional.ofNullable(view);
        }
    }

    private final RegistryKeys keys;
    private final CertificateViews views;
    private final LookupGuard guard;
    private final Outbox outbox;
    private final ManagingOrdererUsers roster;
    private final RegistryConfig config;
    private final Clock clock;
    /** Lockouts started (5th failure on one contract by one user): guessing, or a misprinted key notice. */
    private final Counter lockouts;

    public LookingUpCertificate(RegistryKeys keys, CertificateViews views, LookupGuard guard, Outbox outbox,
                                ManagingOrdererUsers roster, RegistryConfig config, Clock clock, MeterRegistry meters) {
        this.roster = roster;
        this.config = config;
        this.keys = keys;
        this.views = views;
        this.guard = guard;
        this.outbox = outbox;
        this.clock = clock;
        this.lockouts = Counter.builder(LOCKOUT_METRIC).description("lookup lockouts started").register(meters);
    }

    public Result lookup(Caller caller, String contractNumber, String authenticationKey) {
        Instant now = clock.instant();
        boolean overRateLimit = guard.countAttempt(caller.username(), caller.clientIp(), now);
        return QuarkusTransaction.requiringNew().call(
                () -> decide(caller, contractNumber, authenticationKey, now, overRateLimit));
    }

    private Result decide(Caller caller, String contractNumber, String authenticationKey, Instant now,
                          boolean overRateLimit) {
        Optional<String> number = LookupInput.contractNumberOf(contractNumber);
        if (!roster.admits(caller.username(), caller.ordererId(), caller.email())) {
            audit(caller, now, LookupOutcome.USER_DISABLED, number.orElse(null), null);
            return new Result(LookupOutcome.USER_DISABLED, null, null);
        }
        if (overRateLimit) {
            audit(caller, now, LookupOutcome.RATE_LIMITED, number.orElse(null), null);
            return new Result(LookupOutcome.RATE_LIMITED, null, null);
        }
        LookupLockEntity lock = number.map(n -> guard.lockRow(caller.username(), n, now)).orElse(null);
        LookupLockout state = lock == null ? LookupLockout.fresh() : LookupGuard.stateOf(lock);
        if (state.lockedAt(now)) {
            audit(caller, now, LookupOutcome.LOCKED, number.get(), null);
            return new Result(LookupOutcome.LOCKED, null, state.lockedUntil());
        }
        Optional<CertificateViews.CertificateView> view = find(caller.ordererId(), contractNumber, authenticationKey);
        if (view.isEmpty()) {
            if (lock != null) {
                LookupLockout after = state.afterFailure(now);
                LookupGuard.apply(lock, after, now);
                if (after.lockedAt(now)) {
                    lockouts.increment();
                }
            }
            audit(caller, now, LookupOutcome.FAILED, number.orElse(null), null);
            return new Result(LookupOutcome.FAILED, null, null);
        }
        CertificateViews.CertificateView v = view.get();
        LookupGuard.apply(lock, state.afterSuccess(), now);
        audit(caller, now, LookupOutcome.VIEWED, v.contractNumber(), v.version());
        if (rememberViewer(caller, v, now, config.viewReportInterval())) {
            reportView(caller, v, now);
        }
        return new Result(LookupOutcome.VIEWED, v, null);
    }

    private void reportView(Caller caller, CertificateViews.CertificateView v, Instant now) {
        String ordererName = OrdererEntity.<OrdererEntity>findByIdOptional(caller.ordererId()).map(o -> o.name)
                .orElse(null);
        outbox.publish(RegistryEvents.TOPIC, RegistryEvents.CERTIFICATE_VIEWED, v.contractNumber(),
                new RegistryEvents.CertificateViewed(v.contractNumber(), v.version(), caller.ordererId(), ordererName,
                        now));
    }

    private Optional<CertificateViews.CertificateView> find(String ordererId, String contractNumber, String key) {
        Optional<LookupInput> input = LookupInput.normalise(contractNumber, key);
        String number = input.map(LookupInput::contractNumber).orElse("");
        String digest = KeyDigestEntity.<KeyDigestEntity>findByIdOptional(number).map(d -> d.digest).orElse("");
        // always compare (also for malformed input) so that timing says nothing about which part was wrong
        boolean keyMatches = keys.keyDigest().matches(input.map(LookupInput::authenticationKey).orElse(""), digest);
        if (input.isEmpty() || digest.isEmpty() || !keyMatches || ordererId == null) {
            return Optional.empty();
        }
        return views.load(number).map(CertificateViews.Certificate::current)
                .filter(c -> c.obligeeId().equals(ordererId));
    }

    private static void audit(Caller caller, Instant now, LookupOutcome outcome, String contractNumber, Integer version) {
        AuditEntryEntity e = new AuditEntryEntity();
        e.at = now;
        e.username = caller.username();
        e.ordererId = caller.ordererId();
        e.clientIp = caller.clientIp();
        e.channel = caller.channel();
        e.outcome = outcome.name();
        e.contractNumber = contractNumber;
        e.version = version;
        e.persist();
    }

    /**
     * Keeps the user as a viewer of the certificate (told of later versions); true when this view is to be reported:
     * the first of this version by this user, or the first after {@code reportInterval}.
     */
    private static boolean rememberViewer(Caller caller, CertificateViews.CertificateView v, Instant now,
                                          Duration reportInterval) {
        Optional<CertificateViewerEntity> existing = CertificateViewerEntity.findByIdOptional(
                new CertificateViewerEntity.Key(v.contractNumber(), caller.username()));
        if (existing.isPresent() && existing.get().lastViewedVersion == v.version()
                && existing.get().lastViewedAt.plus(reportInterval).isAfter(now)) {
            return false;
        }
        CertificateViewerEntity viewer = existing.orElseGet(CertificateViewerEntity::new);
        viewer.contractNumber = v.contractNumber();
        viewer.username = caller.username();
        viewer.ordererId = caller.ordererId();
        viewer.email = caller.email();
        viewer.lastViewedVersion = v.version();
        viewer.lastViewedAt = now;
        if (existing.isEmpty()) {
            viewer.persist();
        }
        return true;
    }
}
