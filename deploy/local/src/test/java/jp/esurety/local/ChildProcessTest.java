package jp.esurety.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crash a fault test injects: SIGKILL to a whole process tree, and a restart that keeps the earlier log. */
class ChildProcessTest {

    private static final List<String> TREE = List.of("sh", "-c", "echo started; sleep 300 & sleep 300 & wait");

    @Test
    void killEndsTheWholeTreeAtOnceWithoutAskingItToStop(@TempDir Path dir) throws Exception {
        try (ProcessGroup group = new ProcessGroup(Duration.ofSeconds(5))) {
            ChildProcess child = group.start("tree", TREE, Map.of(), dir, dir.resolve("tree.log"));
            List<ProcessHandle> tree = awaitDescendants(child, 2);

            Instant begin = Instant.now();
            child.kill(Duration.ofSeconds(10));

            assertThat(Duration.between(begin, Instant.now())).isLessThan(Duration.ofSeconds(5));
            assertThat(child.isAlive()).isFalse();
            assertThat(tree).noneMatch(ProcessHandle::isAlive);
            assertThat(child.onExit().get().exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
        }
    }

    @Test
    void restartAppendsToTheLogOfTheKilledRun(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("service.log");
        try (ProcessGroup group = new ProcessGroup(Duration.ofSeconds(5))) {
            ChildProcess first = group.start("service", TREE, Map.of(), dir, log);
            awaitDescendants(first, 2);
            first.kill(Duration.ofSeconds(10));

            ChildProcess second = group.start("service", TREE, Map.of(), dir, log, true);
            awaitDescendants(second, 2);

            assertThat(Files.readAllLines(log)).containsExactly("started", "started");
        }
    }

    private static List<ProcessHandle> awaitDescendants(ChildProcess child, int count) throws InterruptedException {
        ProcessHandle root = ProcessHandle.of(child.pid()).orElseThrow();
        Instant deadline = Instant.now().plusSeconds(10);
        while (root.descendants().count() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        List<ProcessHandle> descendants = root.descendants().toList();
        assertThat(descendants).hasSizeGreaterThanOrEqualTo(count);
        return descendants;
    }
}
