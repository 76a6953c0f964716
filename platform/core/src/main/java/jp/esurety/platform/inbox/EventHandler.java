package jp.esurety.platform.inbox;

import jp.esurety.platform.events.EventEnvelope;

/** Applies one event; runs inside the transaction that also records the event as processed. */
@FunctionalInterface
public interface EventHandler {
    void handle(EventEnvelope event) throws Exception;
}
