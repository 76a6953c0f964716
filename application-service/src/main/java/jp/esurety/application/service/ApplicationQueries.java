package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.OrdererDirectoryEntity;
import jp.esurety.application.persistence.SuretyBranchEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What a contractor reads: its own applications, the orderer directory and the surety's branches. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationQueries {

    public record OrdererView(String ordererId, String name, LocalDate acceptsElectronicSuretyFrom,
                              boolean acceptsElectronicSurety) {
    }

    public record BranchView(String branchCode, String name, String companyName) {
    }

    public Optional<ApplicationView> ownApplication(UUID id, String contractorId) {
        return ApplicationEntity.findOwned(id, contractorId).map(ApplicationView::of);
    }

    public List<ApplicationView> ownApplications(String contractorId) {
        return ApplicationEntity.listOwned(contractorId).stream().map(ApplicationView::of).toList();
    }

    public List<OrdererView> orderers(LocalDate today) {
        return OrdererDirectoryEntity.<OrdererDirectoryEntity>listAll(Sort.by("ordererId"))
                .stream()
                .map(o -> new OrdererView(o.ordererId, o.name, o.acceptsElectronicSuretyFrom,
                        o.acceptsElectronicSuretyFrom != null && !today.isBefore(o.acceptsElectronicSuretyFrom)))
                .toList();
    }

    public List<BranchView> branches() {
        return SuretyBranchEntity.<SuretyBranchEntity>listAll(Sort.by("branchCode"))
                .stream().map(b -> new BranchView(b.branchCode, b.name, b.companyName)).toList();
    }
}
