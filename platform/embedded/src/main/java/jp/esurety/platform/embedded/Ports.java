package jp.esurety.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * TCP port helpers for the embedded servers: pick a free port for tests, or fail early and clearly when a fixed
 * port of the local stack is already taken.
 */
public final class Ports {

    private Ports() {
    }

    /**
     * Returns a port that was free a moment ago (chosen by the operating system).
     *
     * @return a free TCP port
     */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port available", e);
        }
    }

    /**
     * Checks that nothing listens on {@code port}.
     *
     * @param port the TCP port a server is about to bind
     * @param what the server, for the message, e.g. {@code "PostgreSQL"}
     * @throws IllegalStateException if the port is in use
     */
    public static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " for " + what + " is already in use; stop the process"
                    + " listening there or set another port for " + what, e);
        }
    }

    /** Returns {@code port}, or a free port when it is 0, after checking that it is free. */
    static int resolve(int port, String what) {
        if (port == 0) {
            return freePort();
        }
        requireFree(port, what);
        return port;
    }
}
