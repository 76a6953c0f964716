package jp.esurety.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The child processes of one local stack. Closing the group stops every child still running, also one started
 * while the group was closing (Ctrl-C during startup), so nothing is left behind.
 */
final class ProcessGroup implements AutoCloseable {

    private final Duration stopGrace;
    private final List<ChildProcess> children = new ArrayList<>();
    private boolean closed;

    /** @param stopGrace how long children may take to stop before they are killed */
    ProcessGroup(Duration stopGrace) {
        this.stopGrace = stopGrace;
    }

    /**
     * Starts a child; see {@link ChildProcess#start}.
     *
     * @throws IllegalStateException when the group is closing
     */
    ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
                       Path logFile) {
        return start(name, command, environment, workDir, logFile, false);
    }

    /**
     * Starts a child; see {@link ChildProcess#start(String, List, Map, Path, Path, boolean)}.
     *
     * @throws IllegalStateException when the group is closing
     */
    synchronized ChildProcess start(String name, List<String> command, Map<String, String> environment,
                                    Path workDir, Path logFile, boolean appendToLog) {
        if (closed) {
            throw new IllegalStateException("the local stack is stopping; " + name + " not started");
        }
        children.removeIf(child -> !child.isAlive());
        ChildProcess child = ChildProcess.start(name, command, environment, workDir, logFile, appendToLog);
        children.add(child);
        return child;
    }

    /**
     * Runs a command to its end.
     *
     * @throws IllegalStateException naming the log file when it fails or takes longer than {@code timeout}
     */
    void run(String name, List<String> command, Map<String, String> environment, Path workDir, Path logFile,
             Duration timeout) {
        ChildProcess child = start(name, command, environment, workDir, logFile);
        OptionalInt exitCode = child.waitFor(timeout);
        if (exitCode.isEmpty()) {
            stop(List.of(child));
            throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s; see "
                    + logFile);
        }
        if (exitCode.getAsInt() != 0) {
            throw new IllegalStateException(name + " failed with exit code " + exitCode.getAsInt() + "; see "
                    + logFile);
        }
    }

    /** Stops these children together. */
    void stop(List<ChildProcess> some) {
        ChildProcess.stopAll(some.stream().filter(ChildProcess::isAlive).toList(), stopGrace);
    }

    /** Stops every child still running; no child can be started afterwards. */
    @Override
    public void close() {
        List<ChildProcess> running;
        synchronized (this) {
            closed = true;
            running = List.copyOf(children);
        }
        stop(running);
    }
}
