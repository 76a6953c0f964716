package jp.esurety.platform.events;

import java.util.List;

/** An event whose data does not match its published JSON Schema in {@code docs/events}. */
public class EventSchemaViolationException extends MalformedEventException {
    private final List<String> violations;

    public EventSchemaViolationException(String type, List<String> violations) {
        super(type + " violates its schema: " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
