package jp.esurety.platform.inbox;

import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Dispatches an event to the handler registered for its CloudEvents type, with its data bound to a record. Types
 * with no route are ignored: a topic carries events for several consumers.
 */
public final class EventRoutes implements EventHandler {

    private final Map<String, BiConsumer<EventEnvelope, EventCodec>> routes;
    private final EventCodec codec;

    private EventRoutes(Map<String, BiConsumer<EventEnvelope, EventCodec>> routes, EventCodec codec) {
        this.routes = Map.copyOf(routes);
        this.codec = codec;
    }

    public static Builder builder(EventCodec codec) {
        return new Builder(codec);
    }

    @Override
    public void handle(EventEnvelope event) {
        BiConsumer<EventEnvelope, EventCodec> route = routes.get(event.type());
        if (route != null) {
            route.accept(event, codec);
        }
    }

    public boolean handles(String type) {
        return routes.containsKey(type);
    }

    /** Collects routes. */
    public static final class Builder {
        private final EventCodec codec;
        private final Map<String, BiConsumer<EventEnvelope, EventCodec>> routes = new HashMap<>();

        private Builder(EventCodec codec) {
            this.codec = codec;
        }

        /** Routes {@code type} to a handler of its data. */
        public <T> Builder on(String type, Class<T> dataType, Consumer<T> handler) {
            return on(type, dataType, (data, event) -> handler.accept(data));
        }

        /** Routes {@code type} to a handler of its data and envelope (for the event's id or time). */
        public <T> Builder on(String type, Class<T> dataType, BiConsumer<T, EventEnvelope> handler) {
            if (routes.putIfAbsent(type, (event, c) -> handler.accept(c.dataAs(event, dataType), event)) != null) {
                throw new IllegalArgumentException("two routes for " + type);
            }
            return this;
        }

        public EventRoutes build() {
            return new EventRoutes(routes, codec);
        }
    }
}
