package jp.esurety.systemtest.fault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The size of a fault run, from system properties. The defaults are the CI size (the whole suite in a few minutes on
 * two cores); the full run of issue 10 is {@code -Desurety.fault.applications=1000 -Desurety.fault.kafka-outage=60
 * -Desurety.fault.smtp-outage=120 -Desurety.fault.malformed=1000}.
 *
 * @param applications      applications submitted during each load scenario ({@code esurety.fault.applications})
 * @param serviceOutage     how long a killed service stays down before it is started again
 *                          ({@code esurety.fault.service-outage}, seconds)
 * @param kafkaOutage       how long the broker is stopped ({@code esurety.fault.kafka-outage}, seconds)
 * @param smtpOutage        how long SMTP is closed ({@code esurety.fault.smtp-outage}, seconds)
 * @param malformedPerTopic bad records produced to each topic ({@code esurety.fault.malformed})
 * @param settleTimeout     the deadline for the pipeline to finish after a scenario ({@code esurety.fault.settle},
 *                          seconds)
 * @param committedReport   where the report is also written ({@code esurety.fault.report}), empty for target only
 */
record FaultSettings(int applications, Duration serviceOutage, Duration kafkaOutage, Duration smtpOutage,
                     int malformedPerTopic, Duration settleTimeout, Optional<Path> committedReport) {

    static FaultSettings fromSystemProperties() {
        int applications = Integer.getInteger("esurety.fault.applications", 60);
        Duration outage = seconds("esurety.fault.outage", 10);
        return new FaultSettings(applications,
                seconds("esurety.fault.service-outage", 3),
                seconds("esurety.fault.kafka-outage", (int) outage.toSeconds()),
                seconds("esurety.fault.smtp-outage", (int) outage.toSeconds()),
                Integer.getInteger("esurety.fault.malformed", Math.min(applications, 100)),
                seconds("esurety.fault.settle", 300),
                Optional.ofNullable(System.getProperty("esurety.fault.report")).filter(p -> !p.isBlank())
                        .map(Path::of));
    }

    /** @return whether this is the CI size rather than the full run */
    boolean reduced() {
        return applications < 1000;
    }

    private static Duration seconds(String property, int defaultSeconds) {
        return Duration.ofSeconds(Integer.getInteger(property, defaultSeconds));
    }
}
