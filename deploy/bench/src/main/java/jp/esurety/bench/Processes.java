package jp.esurety.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Linux process facts from /proc: which process listens on a port, its resident memory. */
final class Processes {

    private static final Pattern VM_RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB");
    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in (\\d+(?:\\.\\d+)?)s");

    private Processes() {
    }

    /** @return the process that listens on this TCP port on this machine */
    static OptionalLong listening(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            inodes.addAll(listeningInodes(Path.of(table), port));
        }
        if (inodes.isEmpty()) {
            return OptionalLong.empty();
        }
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                if (ownsSocket(proc, inodes)) {
                    return OptionalLong.of(Long.parseLong(proc.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** @return the inodes of sockets in state LISTEN on the port, from a /proc/net/tcp table */
    static Set<String> listeningInodes(Path table, int port) {
        Set<String> inodes = new HashSet<>();
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        try {
            for (String line : Files.readAllLines(table)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[1].endsWith(hexPort) && "0A".equals(f[3])) {
                    inodes.add(f[9]);
                }
            }
        } catch (IOException e) {
            return inodes;
        }
        return inodes;
    }

    private static boolean ownsSocket(Path proc, Set<String> inodes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
            for (Path fd : fds) {
                String target;
                try {
                    target = Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    continue;
                }
                if (target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1))) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }

    /** @return resident memory (VmRSS) in MiB */
    static OptionalLong rssMiB(long pid) {
        try {
            return parseRssKiB(Files.readString(Path.of("/proc", Long.toString(pid), "status")))
                    .stream().map(kib -> kib / 1024).findFirst().map(OptionalLong::of).orElse(OptionalLong.empty());
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static Optional<Long> parseRssKiB(String status) {
        Matcher m = VM_RSS.matcher(status);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** @return Quarkus's own "started in N.NNNs" from a service log (the last start in the file), in seconds */
    static Optional<Double> quarkusStartSeconds(Path log) {
        try {
            Matcher m = QUARKUS_STARTED.matcher(Files.readString(log));
            Double last = null;
            while (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
            return Optional.ofNullable(last);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
