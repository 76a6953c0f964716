package jp.esurety.platform.support;

import jp.esurety.platform.events.EventTypes;

/** The platform's own test event. */
public final class Things {
    public static final String TYPE = EventTypes.of("platformtest", "ThingHappened");

    private Things() {
    }

    public record ThingHappened(String name, Integer failTimes) {
        public ThingHappened(String name) {
            this(name, null);
        }
    }
}
