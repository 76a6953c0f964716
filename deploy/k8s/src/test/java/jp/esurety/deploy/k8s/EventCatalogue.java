package jp.esurety.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who publishes and who consumes each topic, read from {@code docs/events/asyncapi.yaml}: a channel's address is the
 * topic; its send operation's summary names the publisher and "consumed by A, B and C" the consumer groups.
 * Only the {@code channels} and {@code operations} sections are parsed (the message summaries below them are not
 * needed here).
 */
record EventCatalogue(Map<String, String> publisherByTopic, Map<String, List<String>> consumersByTopic) {

    private static final Pattern SUMMARY = Pattern.compile("^([a-z-]+-service)\\b.*consumed by (.+?)\\.?$");

    static Path asyncApi() {
        return Manifests.repoDir().resolve("docs/events/asyncapi.yaml");
    }

    static EventCatalogue load() {
        String text = Manifests.read(asyncApi());
        int components = text.indexOf("\ncomponents:");
        JsonNode api;
        try {
            api = Manifests.YAML.readTree(components < 0 ? text : text.substring(0, components));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> publishers = new LinkedHashMap<>();
        Map<String, List<String>> consumers = new LinkedHashMap<>();
        api.path("operations").forEach(op -> {
            if (!"send".equals(op.path("action").asText())) {
                return;
            }
            String channelRef = op.path("channel").path("$ref").asText();
            String channel = channelRef.substring(channelRef.lastIndexOf('/') + 1);
            String topic = api.path("channels").path(channel).path("address").asText();
            Matcher m = SUMMARY.matcher(op.path("summary").asText().strip());
            if (topic.isEmpty() || !m.find()) {
                throw new IllegalStateException("asyncapi.yaml: cannot read publisher and consumers of " + channelRef
                        + " from summary '" + op.path("summary").asText() + "'");
            }
            publishers.put(topic, m.group(1));
            consumers.put(topic, Arrays.stream(m.group(2).split(",| and "))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList());
        });
        return new EventCatalogue(publishers, consumers);
    }

    Set<String> topics() {
        return publisherByTopic.keySet();
    }

    /** {@code <topic>.<consumer-group>.dlt} for every consumer of every topic. */
    Set<String> deadLetterTopics() {
        Set<String> dlts = new LinkedHashSet<>();
        consumersByTopic.forEach((topic, groups) -> groups.forEach(g -> dlts.add(dlt(topic, g))));
        return dlts;
    }

    static String dlt(String topic, String group) {
        return topic + "." + group + ".dlt";
    }

    List<String> published(String service) {
        List<String> topics = new ArrayList<>();
        publisherByTopic.forEach((t, p) -> {
            if (p.equals(service)) {
                topics.add(t);
            }
        });
        return topics;
    }

    List<String> consumed(String service) {
        List<String> topics = new ArrayList<>();
        consumersByTopic.forEach((t, groups) -> {
            if (groups.contains(service)) {
                topics.add(t);
            }
        });
        return topics;
    }
}
