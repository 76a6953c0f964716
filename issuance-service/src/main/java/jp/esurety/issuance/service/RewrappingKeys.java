package jp.esurety.issuance.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.esurety.issuance.config.IssuanceKeys;
import jp.esurety.issuance.persistence.AuthenticationKeyEntity;
import jp.esurety.platform.crypto.SecretBox;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * KEK rotation: re-encrypts stored 認証キー boxed under a retired KEK with the active one, in small batches
 * ({@code FOR UPDATE SKIP LOCKED}, so several pods share the work), every few minutes and on ops' request. The keys
 * never leave the service and are never logged; only counts are.
 */
@ApplicationScoped
public class RewrappingKeys {

    private static final Logger LOG = Logger.getLogger(RewrappingKeys.class);
    private static final int BATCH = 200;

    /** Where a rotation stands: keys rewrapped by this call and keys still under a retired KEK. */
    public record Progress(String activeKekId, int rewrapped, long remaining) {
    }

    private final IssuanceKeys keys;
    private final EntityManager em;

    public RewrappingKeys(IssuanceKeys keys, EntityManager em, MeterRegistry meters) {
        this.keys = keys;
        this.em = em;
        Gauge.builder("esurety.issuance.keys.on.retired.kek", this,
                        r -> QuarkusTransaction.requiringNew().call(r::remaining))
                .description("authentication keys still encrypted under a retired KEK").register(meters);
    }

    @Scheduled(every = "${issuance.rewrap-every:10m}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Progress p = rewrapAll();
        if (p.rewrapped() > 0) {
            LOG.infof("KEK rotation: %d authentication keys rewrapped under %s, %d left", p.rewrapped(),
                    p.activeKekId(), p.remaining());
        }
    }

    /** Rewraps every key not yet under the active KEK. */
    public Progress rewrapAll() {
        int total = 0;
        for (int done = batch(); done > 0; done = batch()) {
            total += done;
        }
        return new Progress(keys.keyBox().activeKekId(), total, QuarkusTransaction.requiringNew().call(this::remaining));
    }

    /** Keys still under a retired KEK. */
    public Progress status() {
        return new Progress(keys.keyBox().activeKekId(), 0, QuarkusTransaction.requiringNew().call(this::remaining));
    }

    private int batch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<AuthenticationKeyEntity> stale = em.createNativeQuery("""
                            SELECT * FROM authentication_key WHERE boxed_key NOT LIKE :current
                            ORDER BY contract_number LIMIT :batch FOR UPDATE SKIP LOCKED""", AuthenticationKeyEntity.class)
                    .setParameter("current", currentPrefix())
                    .setParameter("batch", BATCH)
                    .getResultList();
            SecretBox.Keyring ring = keys.keyBox();
            for (AuthenticationKeyEntity key : stale) {
                key.boxedKey = ring.rewrap(key.boxedKey, key.contractNumber.getBytes(StandardCharsets.US_ASCII));
            }
            return stale.size();
        });
    }

    private long remaining() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM authentication_key WHERE boxed_key NOT LIKE :current")
                .setParameter("current", currentPrefix()).getSingleResult()).longValue();
    }

    private String currentPrefix() {
        return SecretBox.VERSION + "." + keys.keyBox().activeKekId() + ".%";
    }
}
