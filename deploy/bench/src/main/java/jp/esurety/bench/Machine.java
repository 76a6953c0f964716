package jp.esurety.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where and on what a run was measured: hardware, OS, JDK, versions, the repository's commit, the load. */
record Machine(String cpu, int cores, long memoryMiB, String os, String kernel, String jdk, String quarkus,
               String kafka, String keycloak, String postgres, String commit, String loadAtStart) {

    static Machine describe(Path repoDir, String postgresVersion) {
        String pom = read(repoDir.resolve("pom.xml")).orElse("");
        return new Machine(
                field(read(Path.of("/proc/cpuinfo")).orElse(""), "(?m)^model name\\s*:\\s*(.+)$").orElse("unknown"),
                Runtime.getRuntime().availableProcessors(),
                field(read(Path.of("/proc/meminfo")).orElse(""), "(?m)^MemTotal:\\s+(\\d+) kB")
                        .map(kib -> Long.parseLong(kib) / 1024).orElse(0L),
                field(read(Path.of("/etc/os-release")).orElse(""), "(?m)^PRETTY_NAME=\"?([^\"\\n]+)\"?").orElse(
                        System.getProperty("os.name")),
                System.getProperty("os.version"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                field(pom, "<quarkus.platform.version>([^<]+)<").orElse("?"),
                field(pom, "<kafka.version>([^<]+)<").orElse("?"),
                field(pom, "<keycloak.version>([^<]+)<").orElse("?"),
                postgresVersion,
                commit(repoDir.resolve(".git")).orElse("unknown"),
                loadAverage());
    }

    /** @return the 1, 5 and 15 minute load averages and the running/total tasks, as /proc/loadavg shows them */
    static String loadAverage() {
        return read(Path.of("/proc/loadavg")).map(String::trim).orElse("?");
    }

    /** @return the commit checked out (from .git/HEAD and the ref it names; the working tree may differ) */
    static Optional<String> commit(Path gitDir) {
        Optional<String> head = read(gitDir.resolve("HEAD")).map(String::trim);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        if (!head.get().startsWith("ref: ")) {
            return head;
        }
        String ref = head.get().substring(5);
        Optional<String> loose = read(gitDir.resolve(ref)).map(String::trim);
        if (loose.isPresent()) {
            return loose;
        }
        return read(gitDir.resolve("packed-refs")).flatMap(packed -> field(packed,
                "(?m)^([0-9a-f]{40}) " + Pattern.quote(ref) + "$"));
    }

    static Optional<String> field(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
