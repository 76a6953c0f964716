package jp.esurety.issuance.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jp.esurety.issuance.config.IssuanceConfig;
import jp.esurety.issuance.persistence.ContractorEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;

/**
 * Demo master data for the local stack and tests (on with {@code esurety.issuance.demo-data=true}): the 茨城支店 of
 * 東日本建設業保証 and the two demo contractors whose ids the local Keycloak realm gives its users.
 */
@ApplicationScoped
public class DemoMasterData {

    private final IssuanceConfig config;
    private final AnnouncingMasterData announcing;

    public DemoMasterData(IssuanceConfig config, AnnouncingMasterData announcing) {
        this.config = config;
        this.announcing = announcing;
    }

    void load(@Observes StartupEvent event) {
        if (config.demoData()) {
            insertMissing();
        }
        announcing.announcePending();
    }

    @Transactional
    void insertMissing() {
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
        contractor("C0001", "株式会社 小美玉建設", "茨城県小美玉市堅倉835", "代表取締役 小美玉 一郎", true);
        contractor("C0002", "柏土木 株式会社", "千葉県柏市柏5-10-1", "代表取締役 柏 次郎", false);
    }

    private static void contractor(String id, String name, String address, String representative, boolean bulk) {
        if (ContractorEntity.findByIdOptional(id).isEmpty()) {
            ContractorEntity c = new ContractorEntity();
            c.contractorId = id;
            c.name = name;
            c.address = address;
            c.representative = representative;
            c.bulkPaymentEligible = bulk;
            c.persist();
        }
    }
}
