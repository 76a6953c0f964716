package jp.esurety.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jp.esurety.platform.problem.Problem;
import jp.esurety.platform.problem.ProblemException;
import jp.esurety.registry.persistence.OrdererUserEntity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Each orderer organisation's user roster. Keycloak (realm {@code dsure}) authenticates a user; the roster admits
 * them: only while their row is enabled and names the organisation of their token's {@code orderer_id}. The
 * organisation's {@code orderer_admin} lists, creates and disables (or re-enables) its own users; a user first seen
 * with a valid token joins their organisation's roster, so their admin sees them and can disable them.
 */
@ApplicationScoped
@Transactional
public class ManagingOrdererUsers {

    public static final String DISABLED = "このアカウントは利用できません。所属する発注者の管理者にお問い合わせください。";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
    private static final Pattern MAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    /** A roster row as the admin sees it. */
    public record OrdererUser(String username, String ordererId, String displayName, String email, boolean enabled,
                              String source, Instant createdAt, String createdBy, Instant changedAt,
                              String changedBy) {
    }

    /** What the admin enters for a new user. */
    public record NewUser(String username, String displayName, String email) {
    }

    private final EntityManager em;
    private final Clock clock;

    public ManagingOrdererUsers(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Whether this user may use D-Sure now (checked on every lookup and every open): admitted when their roster row
     * is enabled and names {@code ordererId}; a user not yet in the roster is added to it and admitted.
     */
    public boolean admits(String username, String ordererId, String email) {
        if (username == null || ordererId == null) {
            return false;
        }
        OrdererUserEntity user = OrdererUserEntity.findById(username);
        if (user == null) {
            // concurrent first requests of one user: the first insert wins, the others read its row
            em.createNativeQuery("INSERT INTO orderer_user (username, orderer_id, email, enabled, source, created_at) "
                            + "VALUES (?1, ?2, ?3, TRUE, 'TOKEN', ?4) ON CONFLICT (username) DO NOTHING")
                    .setParameter(1, username).setParameter(2, ordererId).setParameter(3, email)
                    .setParameter(4, clock.instant()).executeUpdate();
            user = OrdererUserEntity.findById(username);
        }
        return user.enabled && ordererId.equals(user.ordererId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrdererUser> list(String callerOrdererId, String ordererId) {
        requireOwn(callerOrdererId, ordererId);
        return OrdererUserEntity.ofOrderer(ordererId).stream().map(ManagingOrdererUsers::of).toList();
    }

    public OrdererUser create(String callerOrdererId, String caller, String ordererId, NewUser user) {
        requireOwn(callerOrdererId, ordererId);
        List<Problem.FieldError> problems = new ArrayList<>();
        String username = user.username() == null ? "" : user.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new Problem.FieldError("username",
                    "ユーザーIDは半角英数字と . _ @ - で3～64文字で入力してください。"));
        }
        String email = blankToNull(user.email());
        if (email != null && !MAIL.matcher(email).matches()) {
            problems.add(new Problem.FieldError("email", "メールアドレスの形式が正しくありません。"));
        }
        String name = blankToNull(user.displayName());
        if (name != null && name.length() > 100) {
            problems.add(new Problem.FieldError("displayName", "氏名は100文字以内で入力してください。"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (OrdererUserEntity.findByIdOptional(username).isPresent()) {
            throw ProblemException.conflict("このユーザーIDは既に登録されています。");
        }
        OrdererUserEntity e = new OrdererUserEntity();
        e.username = username;
        e.ordererId = ordererId;
        e.displayName = name;
        e.email = email;
        e.enabled = true;
        e.source = "ADMIN";
        e.createdAt = clock.instant();
        e.createdBy = caller;
        e.persist();
        return of(e);
    }

    /** Disables (or re-enables) a user of the caller's own organisation; an admin cannot disable themselves. */
    public OrdererUser setEnabled(String callerOrdererId, String caller, String ordererId, String username,
                                  boolean enabled) {
        requireOwn(callerOrdererId, ordererId);
        OrdererUserEntity e = OrdererUserEntity.<OrdererUserEntity>findByIdOptional(username)
                .filter(u -> ordererId.equals(u.ordererId))
                .orElseThrow(() -> ProblemException.notFound("ユーザーが見つかりません。"));
        if (!enabled && username.equals(caller)) {
            throw ProblemException.ruleViolated("own-account", "username", "自分自身のアカウントは無効にできません。");
        }
        if (e.enabled != enabled) {
            e.enabled = enabled;
            e.changedAt = clock.instant();
            e.changedBy = caller;
        }
        return of(e);
    }

    private static void requireOwn(String callerOrdererId, String ordererId) {
        if (callerOrdererId == null || !callerOrdererId.equals(ordererId)) {
            throw ProblemException.notFound("発注者が見つかりません。");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static OrdererUser of(OrdererUserEntity e) {
        return new OrdererUser(e.username, e.ordererId, e.displayName, e.email, e.enabled, e.source, e.createdAt,
                e.createdBy, e.changedAt, e.changedBy);
    }
}
