package jp.esurety.systemtest.fault;

import jp.esurety.systemtest.fault.ApplicationLoad.Submitted;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 3: the mail server's SMTP port is closed while the completion and premium-statement mails of the load
 * fall due (IMAP stays up, mail received before is kept). The notification service keeps its deliveries and
 * retries them with back-off; once SMTP is back, every mail arrives exactly once.
 */
@Order(FaultOrder.SMTP_OUTAGE)
class SmtpOutageIT extends FaultScenario {

    @Test
    void mailsHeldDuringAnSmtpOutageArriveAfterwardsEachExactlyOnce() throws Exception {
        Duration outage = settings.smtpOutage();
        FaultReport.Section section = new FaultReport.Section("3. SMTP down for " + outage.toSeconds() + " s",
                "SMTP is closed before the load starts and opened again after the outage; the load is submitted "
                        + "during the first half of it. Asserts: every expected mail is in its mailbox exactly once "
                        + "(distinct Message-IDs), deliveries were retried, and the rest as scenario 1.");
        try (ApplicationLoad load = new ApplicationLoad(endpoints, runTag)) {
            Instant start = Instant.now();
            stack.stopSmtp();
            load.faultActive(true);
            CompletableFuture<List<Submitted>> submissions = load.start(settings.applications(), outage.dividedBy(2));
            sleep(Duration.between(Instant.now(), start.plus(outage)));
            load.faultActive(false);
            stack.startSmtp();
            List<Submitted> submitted = await(submissions, Duration.ofMinutes(5));
            int retried = assertNothingLostOrDoubled(submitted, load, section, start).retriedMails();
            assertThat(retried).as("deliveries that met the closed SMTP port and were retried").isPositive();
        }
    }
}
