package jp.esurety.platform.inbox;

/**
 * Thrown by a handler for an event that can never succeed (e.g. it contradicts the aggregate's state): it goes to
 * the dead-letter topic at once, without retries.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
