package jp.esurety.issuance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.esurety.issuance.messaging.IssuanceEvents;
import jp.esurety.issuance.persistence.ContractorEntity;
import jp.esurety.issuance.persistence.SuretyBranchEntity;

import java.util.List;

/**
 * surety_admin: branches (5-digit office code) and the contractor register (with its JV memberships). Every change is published at once
 * ({@code SuretyBranchUpdated} / {@code ContractorRegistered}) for the other services' read copies, and audited.
 */
@ApplicationScoped
@Transactional
public class MaintainingMasterData {

    public record Branch(String branchCode, String name, String companyName, String address, String tel,
                         String fax) {
    }

    public record Contractor(String contractorId, String name, String address, String representative,
                             boolean bulkPaymentEligible, List<IssuanceEvents.JointVentureMembership> jointVentures) {
    }

    private final AnnouncingMasterData announcing;
    private final Auditing auditing;
    private final ObjectMapper mapper;

    public MaintainingMasterData(AnnouncingMasterData announcing, Auditing auditing, ObjectMapper mapper) {
        this.announcing = announcing;
        this.auditing = auditing;
        this.mapper = mapper;
    }

    public List<Branch> branches() {
        return SuretyBranchEntity.<SuretyBranchEntity>list("order by branchCode").stream()
                .map(b -> new Branch(b.branchCode, b.name, b.companyName, b.address, b.tel, b.fax)).toList();
    }

    public List<Contractor> contractors() {
        return ContractorEntity.<ContractorEntity>list("order by contractorId").stream()
                .map(c -> new Contractor(c.contractorId, c.name, c.address, c.representative, c.bulkPaymentEligible,
                        JointVentures.read(mapper, c.jointVentures)))
                .toList();
    }

    public Branch putBranch(Staff staff, Branch branch) {
        SuretyBranchEntity b = SuretyBranchEntity.<SuretyBranchEntity>findByIdOptional(branch.branchCode())
                .orElseGet(() -> {
                    SuretyBranchEntity n = new SuretyBranchEntity();
                    n.branchCode = branch.branchCode();
                    return n;
                });
        b.name = branch.name();
        b.companyName = branch.companyName();
        b.address = branch.address();
        b.tel = branch.tel();
        b.fax = branch.fax();
        b.announcedAt = null;
        b.persist();
        auditing.record(staff, "BRANCH_SET", branch.branchCode(), branch.name());
        announcing.announcePending();
        return branch;
    }

    public Contractor putContractor(Staff staff, Contractor contractor) {
        ContractorEntity c = ContractorEntity.<ContractorEntity>findByIdOptional(contractor.contractorId())
                .orElseGet(() -> {
                    ContractorEntity n = new ContractorEntity();
                    n.contractorId = contractor.contractorId();
                    return n;
                });
        c.name = contractor.name();
        c.address = contractor.address();
        c.representative = contractor.representative();
        c.bulkPaymentEligible = contractor.bulkPaymentEligible();
        c.jointVentures = JointVentures.write(mapper, contractor.jointVentures());
        c.announcedAt = null;
        c.persist();
        auditing.record(staff, "CONTRACTOR_SET", contractor.contractorId(), contractor.name());
        announcing.announcePending();
        return contractor;
    }
}
