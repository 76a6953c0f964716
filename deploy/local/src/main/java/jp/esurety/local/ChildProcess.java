package jp.esurety.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A child process (Keycloak, a service, a build step) with its output in a log file of its own. Stopping it
 * stops its whole process tree. Started through a {@link ProcessGroup}, which makes sure none is left running.
 */
final class ChildProcess {

    private static final Path SETSID = Stream.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"))
            .filter(Files::isExecutable).findFirst().orElse(null);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts a process in its own session where the system allows it, so that Ctrl-C in the terminal reaches only
     * the launcher, which then stops the children in order.
     *
     * @param name        for messages
     * @param command     program and arguments
     * @param environment added to the launcher's environment
     * @param workDir     the working directory
     * @param logFile     receives stdout and stderr, truncated first
     */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
                              Path logFile) {
        return start(name, command, environment, workDir, logFile, false);
    }

    /**
     * Like {@link #start(String, List, Map, Path, Path)}; with {@code appendToLog} the log file keeps what an earlier
     * run of the same program wrote (a restart after a crash).
     */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
                              Path logFile, boolean appendToLog) {
        List<String> line = new ArrayList<>();
        if (SETSID != null) {
            line.add(SETSID.toString());
        }
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(appendToLog ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                        : ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    /** @return completes when the process has exited */
    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /**
     * Waits for the process to end.
     *
     * @return its exit code, or empty when it still runs after {@code timeout}
     */
    OptionalInt waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until each process answers 200 on its health URL; they start in parallel, so the wait is as long as the
     * slowest.
     *
     * @param healthUrls a health URL per process
     * @param timeout    for all of them together
     * @throws IllegalStateException naming the process and its log file when one exits or is not ready in time
     */
    static void awaitReady(Map<ChildProcess, URI> healthUrls, Duration timeout) {
        Map<ChildProcess, URI> pending = new LinkedHashMap<>(healthUrls);
        Instant deadline = Instant.now().plus(timeout);
        while (!pending.isEmpty()) {
            pending.entrySet().removeIf(check -> check.getKey().answersOk(check.getValue()));
            for (ChildProcess child : pending.keySet()) {
                if (!child.process.isAlive()) {
                    throw new IllegalStateException(child.name + " exited with code " + child.process.exitValue()
                            + " before it was ready; see " + child.logFile);
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                ChildProcess late = pending.keySet().iterator().next();
                throw new IllegalStateException(late.name + " was not ready after " + timeout.toSeconds() + " s ("
                        + pending.get(late) + "); see " + late.logFile);
            }
            sleep(POLL_INTERVAL);
        }
    }

    private boolean answersOk(URI healthUrl) {
        HttpRequest request = HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /**
     * Kills the whole process tree at once (SIGKILL, no shutdown hooks run), as a crash of the machine or the OOM
     * killer would, and waits until every process of it is gone.
     *
     * @throws IllegalStateException when a process is still alive after {@code timeout}
     */
    void kill(Duration timeout) {
        // the root first: killed after its children, a shell could still see them end and exit on its own
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        Instant deadline = Instant.now().plus(timeout);
        for (ProcessHandle handle : tree) {
            awaitExit(handle, Duration.between(Instant.now(), deadline));
            if (handle.isAlive()) {
                throw new IllegalStateException(name + ": process " + handle.pid() + " still alive after SIGKILL");
            }
        }
    }

    /** @return the operating system's id of the process */
    long pid() {
        return process.pid();
    }

    /**
     * Asks every process tree to terminate (SIGTERM), waits up to {@code grace} for all of them together, then
     * kills what is left.
     */
    static void stopAll(List<ChildProcess> children, Duration grace) {
        List<ProcessHandle> trees = children.stream()
                .flatMap(child -> Stream.concat(Stream.of(child.process.toHandle()), child.process.descendants()))
                .toList();
        trees.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle handle : trees) {
            awaitExit(handle, Duration.between(Instant.now(), deadline));
        }
        for (ProcessHandle handle : trees) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
                awaitExit(handle, Duration.ofSeconds(5));
            }
        }
    }

    private static void awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still alive: the caller kills it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
