package jp.esurety.platform.events;

/** An event that cannot be read as a CloudEvents envelope of ours: never retried, goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
