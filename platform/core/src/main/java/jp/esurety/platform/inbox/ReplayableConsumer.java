package jp.esurety.platform.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A service's inbound consumer that ops may run a dead letter through again (the replay API of
 * {@code jp.esurety.platform.ops}). Implementations pass the record to {@link IdempotentConsumer#consume} with
 * the service's routes, exactly as for a record from the broker, so a replayed event is applied at most once.
 */
public interface ReplayableConsumer {

    void accept(ConsumerRecord<String, String> record);
}
