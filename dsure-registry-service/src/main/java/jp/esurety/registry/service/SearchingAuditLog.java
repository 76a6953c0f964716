package jp.esurety.registry.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.registry.persistence.AuditEntryEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Registry staff search the lookup audit log (every view and every failure). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchingAuditLog {

    /** Search criteria; null means any. {@code action} is LOOKUP, PAGE, HISTORY or PDF. */
    public record Criteria(String contractNumber, String username, String ordererId, String outcome, Instant from,
                           Instant to, int limit, String action) {
    }

    /** One entry: who (user, organisation, address), what (action, outcome), which contract and version, when. */
    public record AuditEntry(long id, Instant at, String username, String ordererId, String clientIp, String channel,
                             String outcome, String contractNumber, Integer version, String action) {
    }

    public List<AuditEntry> search(Criteria c) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (c.contractNumber() != null) {
            where.add("contractNumber = :contractNumber");
            p.and("contractNumber", c.contractNumber());
        }
        if (c.username() != null) {
            where.add("username = :username");
            p.and("username", c.username());
        }
        if (c.ordererId() != null) {
            where.add("ordererId = :ordererId");
            p.and("ordererId", c.ordererId());
        }
        if (c.outcome() != null) {
            where.add("outcome = :outcome");
            p.and("outcome", c.outcome());
        }
        if (c.action() != null) {
            where.add("action = :action");
            p.and("action", c.action());
        }
        if (c.from() != null) {
            where.add("at >= :from");
            p.and("from", c.from());
        }
        if (c.to() != null) {
            where.add("at < :to");
            p.and("to", c.to());
        }
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where)) + " order by id desc";
        return AuditEntryEntity.<AuditEntryEntity>find(query, p).page(0, Math.clamp(c.limit(), 1, 1000)).list()
                .stream().map(e -> new AuditEntry(e.id, e.at, e.username, e.ordererId, e.clientIp, e.channel,
                        e.outcome, e.contractNumber, e.version, e.action)).toList();
    }
}
