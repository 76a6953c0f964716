package jp.esurety.platform.events;

/** Kafka record headers we set beside the structured envelope, so brokers' tools can route without parsing. */
public final class KafkaHeaderNames {
    public static final String EVENT_ID = "ce_id";
    public static final String EVENT_TYPE = "ce_type";
    public static final String CONTENT_TYPE = "content-type";
    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json; charset=UTF-8";

    private KafkaHeaderNames() {
    }
}
