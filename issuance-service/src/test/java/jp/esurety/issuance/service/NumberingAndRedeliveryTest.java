package jp.esurety.issuance.service;

import jp.esurety.issuance.testsupport.IssuanceTestBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.esurety.issuance.testsupport.Submissions;
import jp.esurety.platform.events.EventCodec;
import jp.esurety.platform.events.EventEnvelope;
import jp.esurety.platform.events.EventSchemaValidator;
import jp.esurety.platform.kafka.EventProducer;
import jp.esurety.platform.testing.KafkaTestResource;
import jp.esurety.platform.testing.KeyMaterialTestResource;
import jp.esurety.platform.testing.OidcTestResource;
import jp.esurety.platform.testing.PostgresTestResource;
import jp.esurety.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.esurety.issuance.persistence.AuthenticationKeyEntity;
import jp.esurety.issuance.persistence.GuaranteeContractEntity;
import jp.esurety.issuance.persistence.UnderwritingCaseEntity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** 保証契約番号 under concurrency, and a redelivered ApplicationSubmitted. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(value = KeyMaterialTestResource.class,
        initArgs = @ResourceArg(name = KeyMaterialTestResource.SERVICE_ARG, value = "issuance"))
class NumberingAndRedeliveryTest extends IssuanceTestBase {


    @Inject
    ContractNumbering numbering;

    @Test
    void eightConcurrentIssuersGetNumbersWithoutGapsOrDuplicates() throws Exception {
        String office = "9" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        int perIssuer = 25;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Long>>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit((Callable<List<Long>>) () -> {
                    List<Long> mine = new ArrayList<>();
                    for (int n = 0; n < perIssuer; n++) {
                        boolean rollBack = n % 5 == 4;
                        try {
                            long serial = QuarkusTransaction.requiringNew().call(() -> {
                                long s = Long.parseLong(numbering.next(office).value().substring(6));
                                if (rollBack) {
                                    throw new IllegalStateException("issuing failed after numbering");
                                }
                                return s;
                            });
                            mine.add(serial);
                        } catch (IllegalStateException expected) {
                            // the rolled-back number is given back
                        }
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            Collections.sort(all);
            int committed = 8 * (perIssuer - perIssuer / 5);
            assertThat(all).hasSize(committed);
            assertThat(all).containsExactlyElementsOf(LongStream.rangeClosed(1, committed).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void redeliveredApplicationSubmittedMakesOneContractWithOneKey() {
        ObjectNode envelope = submissions.build(d -> { });
        Submissions.Sent sent = submissions.send(envelope);
        String contractNumber = Submissions.awaitContract(sent.lineId()).contractNumber;

        submissions.send(envelope); // the same event again (same id)
        ObjectNode copy = envelope.deepCopy();
        copy.put("id", UUID.randomUUID().toString()); // the same line again under a new event id
        submissions.send(copy);
        // a later event on the same key (same partition, so consumed after the duplicates)
        ObjectNode later = submissions.build(d -> d.put("applicationId", sent.applicationId().toString()));
        later.put("subject", sent.applicationId().toString());
        Submissions.Sent marker = submissions.send(later);
        Submissions.awaitContract(marker.lineId());

        assertThat(QuarkusTransaction.requiringNew().call(() -> GuaranteeContractEntity.count("lineId", sent.lineId())))
                .isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> UnderwritingCaseEntity.count("lineId", sent.lineId())))
                .isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                AuthenticationKeyEntity.count("contractNumber", contractNumber))).isEqualTo(1);
        assertThat(submissions.events(contractNumber, "CertificateIssued", 1)).hasSize(1);
        assertThat(submissions.events(sent.applicationId().toString(), "ApplicationApproved", 2))
                .as("one approval for the line and one for the later line").hasSize(2);
    }
}
