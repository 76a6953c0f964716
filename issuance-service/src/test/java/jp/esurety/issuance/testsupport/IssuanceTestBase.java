package jp.esurety.issuance.testsupport;

import jakarta.inject.Inject;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.kafka.EventProducer;
import org.junit.jupiter.api.BeforeEach;

/** What the service's {@code @QuarkusTest}s share: submitting applications through the real broker. */
public abstract class IssuanceTestBase {

    @Inject
    protected EventProducer producer;
    @Inject
    protected EventCodec codec;
    @Inject
    protected EventSchemaValidator schemas;

    protected Submissions submissions;

    @BeforeEach
    protected void submissionsThroughTheBroker() {
        submissions = new Submissions(producer, schemas, codec);
    }
}
