package jp.esurety.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Consumer lag per consumer group (committed offsets vs end offsets, summed over partitions), via the AdminClient. */
final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    ConsumerLag(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        admin = Admin.create(props);
    }

    /**
     * @param lag      events not yet committed, by group
     * @param produced end offsets summed over every group's partitions (grows with what is offered to the groups)
     */
    record Reading(Map<String, Long> lag, long produced) {
    }

    /** @return the lag of every consumer group of the services, or an empty reading when the broker did not answer */
    Reading sample() {
        try {
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new TreeMap<>();
            for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                    .get(5, TimeUnit.SECONDS)) {
                if (group.groupId().startsWith("esurety-bench")) {
                    continue;
                }
                committed.put(group.groupId(), admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS));
            }
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            committed.values().forEach(offsets -> offsets.keySet().forEach(tp -> ends.put(tp, OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest = admin.listOffsets(ends).all()
                    .get(5, TimeUnit.SECONDS);
            Map<String, Long> lag = new TreeMap<>();
            long produced = 0;
            for (Map.Entry<String, Map<TopicPartition, OffsetAndMetadata>> group : committed.entrySet()) {
                long groupLag = 0;
                for (Map.Entry<TopicPartition, OffsetAndMetadata> e : group.getValue().entrySet()) {
                    if (e.getValue() != null && latest.containsKey(e.getKey())) {
                        long end = latest.get(e.getKey()).offset();
                        groupLag += Math.max(0, end - e.getValue().offset());
                        produced += end;
                    }
                }
                lag.put(group.getKey(), groupLag);
            }
            return new Reading(lag, produced);
        } catch (ExecutionException | TimeoutException e) {
            return new Reading(Map.of(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reading(Map.of(), 0);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
