package jp.esurety.systemtest.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of a fault run in Markdown: each scenario appends a table of its figures to
 * {@code target/fault-report.md} and, with {@code -Desurety.fault.report=<file>}, to that file too (the committed
 * report). The first scenario of a JVM starts both files afresh with a header naming the run's size.
 */
final class FaultReport {

    private static final Path TARGET = Path.of("target", "fault-report.md");
    private static boolean started;

    /** The figures of one scenario, in the order they are added. */
    static final class Section {
        private final String title;
        private final String asserts;
        private final Map<String, String> figures = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        Section(String title, String asserts) {
            this.title = title;
            this.asserts = asserts;
        }

        Section figure(String name, Object value) {
            figures.put(name, String.valueOf(value));
            return this;
        }

        Section note(String note) {
            notes.add(note);
            return this;
        }

        String markdown() {
            StringBuilder text = new StringBuilder("\n## ").append(title).append("\n\n").append(asserts)
                    .append("\n\n| figure | value |\n|---|---:|\n");
            figures.forEach((name, value) -> text.append("| ").append(name).append(" | ").append(value)
                    .append(" |\n"));
            if (!notes.isEmpty()) {
                text.append('\n');
                notes.forEach(note -> text.append("- ").append(note).append('\n'));
            }
            return text.toString();
        }
    }

    private FaultReport() {
    }

    /** Appends a scenario's section (the result line says whether it held). */
    static synchronized void append(FaultSettings settings, Section section) {
        List<Path> files = new ArrayList<>(List.of(TARGET));
        settings.committedReport().ifPresent(files::add);
        if (!started) {
            started = true;
            String header = header(settings);
            files.forEach(file -> write(file, header, false));
        }
        files.forEach(file -> write(file, section.markdown(), true));
    }

    private static String header(FaultSettings settings) {
        return """
                # Fault-injection report

                Written by `jp.esurety.systemtest.fault` (see docs/fault-injection.md) on %s UTC, %s size:
                %d applications per load scenario, killed services down %d s each, Kafka stopped %d s, SMTP closed
                %d s, %d malformed records per topic. Machine: %d cores, Java %s, %s.
                """.formatted(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.now().atZone(ZoneOffset.UTC)),
                settings.reduced() ? "CI" : "full", settings.applications(), settings.serviceOutage().toSeconds(),
                settings.kafkaOutage().toSeconds(), settings.smtpOutage().toSeconds(), settings.malformedPerTopic(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    private static void write(Path file, String text, boolean append) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fault report " + file, e);
        }
    }
}
