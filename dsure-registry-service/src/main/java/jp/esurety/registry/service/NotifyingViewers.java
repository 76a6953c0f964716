package jp.esurety.registry.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jp.esurety.registry.config.RegistryConfig;
import jp.esurety.registry.persistence.CertificateViewerEntity;
import jp.esurety.registry.persistence.OrdererNoticeEntity;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Tells every orderer user who has viewed a certificate that a new version arrived: a notice in the portal inbox and
 * a mail D-Sure sends itself (orderer addresses never leave D-Sure). Notices are written in the registering
 * transaction; the mails go out shortly after, from a scheduled job that any replica may run (rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
public class NotifyingViewers {

    private static final Logger LOG = Logger.getLogger(NotifyingViewers.class);

    private final Mailer mailer;
    private final RegistryConfig config;
    private final Clock clock;

    public NotifyingViewers(Mailer mailer, RegistryConfig config, Clock clock) {
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void newVersion(String contractNumber, int version, Instant now) {
        for (CertificateViewerEntity viewer : CertificateViewerEntity.of(contractNumber)) {
            OrdererNoticeEntity notice = new OrdererNoticeEntity();
            notice.username = viewer.username;
            notice.ordererId = viewer.ordererId;
            notice.contractNumber = contractNumber;
            notice.version = version;
            notice.createdAt = now;
            notice.persist();
        }
    }

    @Scheduled(every = "${esurety.registry.notice-mail-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void mailPending() {
        List<OrdererNoticeEntity> pending = OrdererNoticeEntity.find("mailedAt is null order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .page(0, 50).list();
        for (OrdererNoticeEntity notice : pending) {
            CertificateViewerEntity viewer = CertificateViewerEntity.<CertificateViewerEntity>findByIdOptional(
                    new CertificateViewerEntity.Key(notice.contractNumber, notice.username)).orElse(null);
            if (viewer != null && viewer.email != null && !viewer.email.isBlank()) {
                mailer.send(mail(viewer.email, notice));
            } else {
                LOG.debugf("notice %d: no mail address for the viewer", notice.id);
            }
            notice.mailedAt = clock.instant();
        }
    }

    private Mail mail(String to, OrdererNoticeEntity notice) {
        String subject = "【D-Sure】電子保証の新しい版が登録されました（保証契約番号 " + notice.contractNumber + "）";
        String text = """
                D-Sure 保証確認サービスをご利用いただきありがとうございます。

                以前にご確認いただいた電子保証に、新しい版（第%d版）が登録されました。
                保証契約番号: %s

                D-Sure にログインし、お知らせから内容をご確認ください。
                %s/portal/inbox

                ※本メールは送信専用です。認証キーはこのメールには記載していません。
                """.formatted(notice.version, notice.contractNumber, config.portalUrl());
        return Mail.withText(to, subject, text).setFrom(config.mailFrom());
    }

    /** A portal inbox line. */
    public record Notice(String contractNumber, int version, Instant createdAt) {
    }

    /** The user's notices, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notice> inbox(String username) {
        return OrdererNoticeEntity.of(username).stream()
                .map(n -> new Notice(n.contractNumber, n.version, n.createdAt)).toList();
    }

}
