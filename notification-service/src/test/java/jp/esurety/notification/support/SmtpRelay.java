package jp.esurety.notification.support;

import jp.esurety.platform.testing.MailTestResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.HashMap;
import java.util.Map;

/**
 * A TCP relay in front of the real test SMTP server, so a test can cut SMTP off and bring it back: while the relay
 * is down its port refuses connections (as a stopped server does), while up it forwards bytes. Its port and switch
 * live in the system properties because the profile, the application and the test may be in different class loaders.
 */
public final class SmtpRelay {

    private static final String SWITCH = "notification-test.smtp-up";
    private static final String RELAY_PORT = "notification-test.smtp-relay-port";

    /** Brings SMTP back ({@code true}) or cuts it off ({@code false}). */
    public static void smtpUp(boolean up) {
        System.setProperty(SWITCH, Boolean.toString(up));
        String port = System.getProperty(RELAY_PORT);
        long deadline = System.nanoTime() + 2_000_000_000L;
        // wait until the port answers as switched, so no mail slips through a relay that is about to close
        while (port != null && listening(Integer.parseInt(port)) != up && System.nanoTime() < deadline) {
            sleep();
        }
    }

    private static boolean listening(int port) {
        try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private SmtpRelay() {
    }

    private static boolean up() {
        return Boolean.getBoolean(SWITCH);
    }

    /** Starts (once per JVM) a relay to {@code host:target}, down until {@link #smtpUp(boolean)}; returns its port. */
    static synchronized int startRelay(String host, int target) {
        String started = System.getProperty(RELAY_PORT);
        if (started != null) {
            return Integer.parseInt(started);
        }
        int port = freePort();
        Thread.ofPlatform().daemon().name("smtp-relay").start(() -> relay(port, host, target));
        System.setProperty(RELAY_PORT, String.valueOf(port));
        return port;
    }

    /** The mailer settings that send through the relay in front of the shared test mail server. */
    static Map<String, String> mailerThroughRelay() {
        Map<String, String> config = new HashMap<>(new MailTestResource().start());
        int port = startRelay(config.get("quarkus.mailer.host"), Integer.parseInt(config.get("quarkus.mailer.port")));
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    /** Listens while the switch is up, accepting with a short timeout so a switch to down closes the port soon. */
    private static void relay(int port, String host, int target) {
        while (true) {
            if (!up()) {
                sleep();
                continue;
            }
            try (ServerSocket relay = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
                relay.setSoTimeout(100);
                while (up()) {
                    try {
                        Socket client = relay.accept();
                        Socket server = new Socket(host, target);
                        pipe(client, server);
                        pipe(server, client);
                    } catch (SocketTimeoutException e) {
                        // look at the switch again
                    }
                }
            } catch (IOException e) {
                sleep();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread.ofPlatform().daemon().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        });
    }
}
