package jp.esurety.issuance.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.config.IssuanceConfig;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.esurety.issuance.domain.PremiumRateTable;
import jp.esurety.issuance.persistence.AutoApprovalRuleEntity;
import jp.esurety.issuance.persistence.ContractorEntity;
import jp.esurety.issuance.persistence.PremiumRateTableEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Demo master data for the local stack and tests (on with {@code esurety.issuance.demo-data=true}): the 茨城支店 of
 * 東日本建設業保証 and the two demo contractors whose ids the local Keycloak realm gives its users. Replicas that start
 * together take turns (advisory lock), so they never insert the same row twice.
 */
@ApplicationScoped
public class DemoMasterData {

    /** The demo rate tables, also read by the premium examples test (docs/premiums.md). */
    public static final String RATE_TABLES = "demo/premium-rate-tables.json";

    private final IssuanceConfig config;
    private final AnnouncingMasterData announcing;
    private final ObjectMapper mapper;
    private final Clock clock;

    public DemoMasterData(IssuanceConfig config, AnnouncingMasterData announcing, ObjectMapper mapper, Clock clock) {
        this.config = config;
        this.announcing = announcing;
        this.mapper = mapper;
        this.clock = clock;
    }

    public static List<PremiumRateTable> demoRateTables(ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RATE_TABLES)) {
            return mapper.readValue(in, new TypeReference<List<PremiumRateTable>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void load(@Observes StartupEvent event) {
        seed();
    }

    /** One replica at a time (advisory lock, {@link StartupSeeding}): insert what is missing, announce the rest. */
    @Transactional
    public void seed() {
        StartupSeeding.lock();
        if (config.demoData()) {
            insertMissing();
        }
        announcing.announcePending();
    }

    private void insertMissing() {
        if (SuretyBranchEntity.findByIdOptional("10101").isEmpty()) {
            SuretyBranchEntity b = new SuretyBranchEntity();
            b.branchCode = "10101";
            b.name = "茨城支店";
            b.companyName = config.issuerName();
            b.address = "茨城県水戸市笠原町978番25";
            b.tel = "029-000-0000";
            b.fax = "029-000-0001";
            b.persist();
        }
        contractor("C0001", "株式会社 小美玉建設", "茨城県小美玉市堅倉835", "代表取締役 小美玉 一郎", true,
                "[{\"name\":\"小美玉・水戸特定建設工事共同企業体\",\"representative\":true}]");
        contractor("C0002", "柏土木 株式会社", "千葉県柏市柏5-10-1", "代表取締役 柏 次郎", false, "[]");
        // 中間前払金保証 has no automatic rule: the orderer's 認定 is checked by a person
        rule("10101", "ADVANCE_PAYMENT", 100_000_000L);
        rule("10101", "CONTRACT", 50_000_000L);
        rule("10101", "BID_BOND", 100_000_000L);
        if (PremiumRateTableEntity.count() == 0) {
            for (PremiumRateTable t : demoRateTables(mapper)) {
                PremiumRateTableEntity e = new PremiumRateTableEntity();
                e.tableId = UUID.randomUUID();
                e.productType = t.productType().name();
                e.validFrom = t.validFrom();
                e.validTo = t.validTo();
                e.roundingUnit = t.roundingUnit();
                e.rounding = t.rounding().name();
                e.minimumPremium = t.minimumPremium();
                e.taxRatePercent = t.taxRatePercent();
                try {
                    e.tiers = mapper.writeValueAsString(t.tiers());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                e.createdAt = clock.instant();
                e.createdBy = "demo-data";
                e.persist();
            }
        }
    }

    private void rule(String branch, String product, long max) {
        if (AutoApprovalRuleEntity.find(branch, product).isEmpty()) {
            AutoApprovalRuleEntity r = new AutoApprovalRuleEntity();
            r.branchCode = branch;
            r.productType = product;
            r.enabled = true;
            r.maxGuaranteeAmount = max;
            r.knownContractorRequired = true;
            r.electronicPermissionRequired = true;
            r.updatedAt = clock.instant();
            r.updatedBy = "demo-data";
            r.persist();
        }
    }

    private static void contractor(String id, String name, String address, String representative, boolean bulk,
                                   String jointVentures) {
        if (ContractorEntity.findByIdOptional(id).isEmpty()) {
            ContractorEntity c = new ContractorEntity();
            c.contractorId = id;
            c.name = name;
            c.address = address;
            c.representative = representative;
            c.bulkPaymentEligible = bulk;
            c.jointVentures = jointVentures;
            c.persist();
        }
    }
}
