package jp.esurety.systemtest.fault;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jp.esurety.local.StackEndpoints;
import jp.esurety.systemtest.fault.ApplicationLoad.Submitted;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * The oracle of the fault scenarios, read-only: the services' databases over JDBC and the mailboxes over IMAP. For
 * each accepted application it counts what the pipeline made of it — one application, one contract, one sealed key,
 * one certificate version, one registry entry with its key digest, and each expected mail once (one Message-ID per
 * mail) — so anything lost or doubled shows as a count other than one.
 */
final class PipelineOracle {

    /** The mails an approved electronic line with a completion-mail wish gets, by subject. */
    static final List<String> EXPECTED_MAILS = List.of("電子保証（認証キー）発行完了のお知らせ", "保証料計算書発行のお知らせ");
    private static final List<String> DATABASES = List.of("application", "issuance", "registry", "notification");
    private static final Duration POLL = Duration.ofSeconds(2);

    /**
     * What the stack holds for one run.
     *
     * @param applications     applications the run's submissions created (more than accepted = doubled)
     * @param registeredLines  lines in status REGISTERED on Net Desk
     * @param contracts        guarantee contracts for the run's applications
     * @param keys             stored (encrypted) authentication keys of those contracts
     * @param versions         certificate versions issued for them
     * @param registryEntries  registered certificate versions on D-Sure
     * @param keyDigests       key digests on D-Sure
     * @param mailDeliveries   mail deliveries the notification service recorded, sent or not
     * @param mailsReceived    messages in the run's mailboxes over IMAP
     * @param distinctMessages distinct Message-IDs among them
     * @param retriedMails     deliveries that needed more than one SMTP attempt
     * @param problems         each application whose counts are not exactly as expected, with what is wrong
     */
    record Tally(int accepted, int applications, int registeredLines, int contracts, int keys, int versions,
                 int registryEntries, int keyDigests, int mailDeliveries, int mailsReceived, int distinctMessages,
                 int retriedMails, List<String> problems) {

        int expectedMails() {
            return accepted * EXPECTED_MAILS.size();
        }
    }

    private final StackEndpoints stack;

    PipelineOracle(StackEndpoints stack) {
        this.stack = stack;
    }

    /**
     * Waits until the pipeline is quiet for these applications: every line registered, every expected mail sent, no
     * outbox event waiting in any service.
     *
     * @return how long it took
     * @throws AssertionError with what is still missing when the deadline passes
     */
    Duration awaitSettled(String runTag, List<Submitted> submitted, Duration timeout) {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(timeout);
        String missing;
        while (true) {
            try {
                missing = missing(submitted);
            } catch (SQLException e) {
                missing = "database not readable: " + e.getMessage();
            }
            if (missing.isEmpty()) {
                return Duration.between(begin, Instant.now());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("run " + runTag + " not settled after " + timeout.toSeconds() + " s: "
                        + missing);
            }
            sleep(POLL);
        }
    }

    private String missing(List<Submitted> submitted) throws SQLException {
        List<String> missing = new ArrayList<>();
        UUID[] ids = ids(submitted);
        int registered = count("application", "SELECT count(*) FROM application_line "
                + "WHERE application_id = ANY(?) AND status = 'REGISTERED'", (Object) ids);
        if (registered < submitted.size()) {
            missing.add((submitted.size() - registered) + " lines not registered");
        }
        int sent = count("notification", "SELECT count(*) FROM mail_delivery WHERE application_id = ANY(?) "
                + "AND status = 'SENT'", (Object) ids);
        if (sent < submitted.size() * EXPECTED_MAILS.size()) {
            missing.add((submitted.size() * EXPECTED_MAILS.size() - sent) + " mails not sent");
        }
        for (String database : DATABASES) {
            int pending = count(database, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
            if (pending > 0) {
                missing.add(pending + " outbox events of " + database + " not published");
            }
        }
        return String.join(", ", missing);
    }

    /** Counts everything the run produced and lists each application whose counts are not exactly one. */
    Tally tally(String runTag, List<Submitted> submitted) throws SQLException {
        UUID[] ids = ids(submitted);
        List<String> problems = new ArrayList<>();
        int applications = count("application", "SELECT count(*) FROM application WHERE work_name LIKE ?",
                "%" + runTag + "-%");
        if (applications != submitted.size()) {
            problems.add(applications + " applications created for " + submitted.size() + " accepted submissions");
        }
        Map<UUID, List<String>> lines = group("application",
                "SELECT application_id, status FROM application_line WHERE application_id = ANY(?)", ids);
        Map<UUID, List<String>> contracts = group("issuance",
                "SELECT application_id, contract_number FROM guarantee_contract WHERE application_id = ANY(?)", ids);
        String[] numbers = contracts.values().stream().flatMap(List::stream).toArray(String[]::new);
        Map<String, Integer> keys = countBy("issuance",
                "SELECT contract_number, count(*) FROM authentication_key WHERE contract_number = ANY(?) GROUP BY 1",
                numbers);
        Map<String, Integer> versions = countBy("issuance",
                "SELECT contract_number, count(*) FROM certificate_version WHERE contract_number = ANY(?) GROUP BY 1",
                numbers);
        Map<String, Integer> entries = countBy("registry", "SELECT contract_number, count(*) "
                + "FROM registered_certificate WHERE contract_number = ANY(?) GROUP BY 1", numbers);
        Map<String, Integer> digests = countBy("registry",
                "SELECT contract_number, count(*) FROM key_digest WHERE contract_number = ANY(?) GROUP BY 1", numbers);
        Map<UUID, List<String>> deliveries = group("notification", "SELECT application_id, "
                + "message_type || ' ' || status || ' ' || coalesce(message_id, '-') FROM mail_delivery "
                + "WHERE application_id = ANY(?)", ids);
        int retried = count("notification",
                "SELECT count(*) FROM mail_delivery WHERE application_id = ANY(?) AND attempts > 1", (Object) ids);

        int received = 0;
        Set<String> allMessageIds = new HashSet<>();
        for (Submitted s : submitted) {
            UUID id = UUID.fromString(s.applicationId());
            List<String> wrong = new ArrayList<>();
            List<String> status = lines.getOrDefault(id, List.of());
            if (!status.equals(List.of("REGISTERED"))) {
                wrong.add("lines " + status);
            }
            List<String> numbersOfApp = contracts.getOrDefault(id, List.of());
            if (numbersOfApp.size() != 1) {
                wrong.add(numbersOfApp.size() + " contracts " + numbersOfApp);
            }
            for (String number : numbersOfApp) {
                expectOne(wrong, "keys", keys, number);
                expectOne(wrong, "certificate versions", versions, number);
                expectOne(wrong, "registry entries", entries, number);
                expectOne(wrong, "key digests", digests, number);
            }
            List<String> mailRows = deliveries.getOrDefault(id, List.of());
            if (mailRows.size() != EXPECTED_MAILS.size() || mailRows.stream().anyMatch(r -> !r.contains(" SENT "))) {
                wrong.add("mail deliveries " + mailRows);
            }
            List<Mail> inbox = inbox(s.mailbox());
            received += inbox.size();
            Set<String> messageIds = new HashSet<>();
            inbox.forEach(m -> messageIds.add(m.messageId()));
            allMessageIds.addAll(messageIds);
            List<String> subjects = inbox.stream().map(Mail::subject).sorted().toList();
            if (!subjects.equals(EXPECTED_MAILS.stream().sorted().toList()) || messageIds.size() != inbox.size()) {
                wrong.add("mailbox " + inbox);
            }
            if (!wrong.isEmpty()) {
                problems.add("application " + s.index() + " (" + s.applicationId() + "): " + String.join("; ", wrong));
            }
        }
        return new Tally(submitted.size(), applications, countValues(lines, "REGISTERED"),
                sum(contracts), sumCounts(keys), sumCounts(versions), sumCounts(entries), sumCounts(digests),
                sum(deliveries), received, allMessageIds.size(), retried, problems);
    }

    /** One message in a mailbox. */
    record Mail(String messageId, String subject) {
    }

    /** The run's mailbox over IMAP (GreenMail accepts any password). */
    List<Mail> inbox(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "10000");
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(stack.mailHost(), stack.imapPort(), address, address);
            try {
                Folder folder = store.getFolder("INBOX");
                folder.open(Folder.READ_ONLY);
                try {
                    Message[] messages = folder.getMessages();
                    FetchProfile profile = new FetchProfile(); // one round trip for all headers, not two per mail
                    profile.add(FetchProfile.Item.ENVELOPE);
                    profile.add("Message-ID");
                    folder.fetch(messages, profile);
                    List<Mail> mails = new ArrayList<>();
                    for (Message message : messages) {
                        String[] id = message.getHeader("Message-ID");
                        mails.add(new Mail(id == null ? "(none)" : id[0], message.getSubject()));
                    }
                    return mails;
                } finally {
                    folder.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read the mailbox " + address + " over IMAP", e);
        }
    }

    private static void expectOne(List<String> wrong, String what, Map<String, Integer> counts, String number) {
        int count = counts.getOrDefault(number, 0);
        if (count != 1) {
            wrong.add(count + " " + what + " of " + number);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), stack.databaseUsername(),
                stack.databasePassword());
    }

    /** @param parameter the one parameter of {@code sql} (a {@code UUID[]} or {@code String[]} becomes an array), or none */
    int count(String database, String sql, Object... parameter) throws SQLException {
        try (Connection connection = connect(database);
             PreparedStatement statement = prepare(connection, sql, parameter);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private <K> Map<K, List<String>> group(String database, String sql, UUID[] ids) throws SQLException {
        Map<K, List<String>> groups = new HashMap<>();
        try (Connection connection = connect(database);
             PreparedStatement statement = prepare(connection, sql, (Object) ids);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                @SuppressWarnings("unchecked")
                K key = (K) rows.getObject(1);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return groups;
    }

    private Map<String, Integer> countBy(String database, String sql, String[] keys) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = connect(database);
             PreparedStatement statement = prepare(connection, sql, (Object) keys);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof UUID[] uuids) {
                Array array = connection.createArrayOf("uuid", uuids);
                statement.setArray(i + 1, array);
            } else if (parameter instanceof String[] strings) {
                statement.setArray(i + 1, connection.createArrayOf("text", strings));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
        return statement;
    }

    private static UUID[] ids(List<Submitted> submitted) {
        return submitted.stream().map(s -> UUID.fromString(s.applicationId())).toArray(UUID[]::new);
    }

    private static int sum(Map<?, List<String>> groups) {
        return groups.values().stream().mapToInt(List::size).sum();
    }

    private static int sumCounts(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int countValues(Map<?, List<String>> groups, String value) {
        return (int) groups.values().stream().flatMap(List::stream).filter(value::equals).count();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
