package jp.esurety.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.application.api.DefaultContactRequest;
import jp.esurety.application.persistence.AdvisoryLocks;
import jp.esurety.application.persistence.ContractorCopyEntity;
import jp.esurety.application.persistence.DefaultContactEntity;

import java.time.Clock;

/**
 * お客様情報: a contractor reads its company as the surety registered it (from {@code ContractorRegistered}; changed
 * only by the surety) and keeps its default contact, which the application screen copies into a new application.
 */
@ApplicationScoped
@Transactional
public class KeepingProfile {

    private final Clock clock;

    public KeepingProfile(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileView profile(String contractorId) {
        return new ProfileView(contractorId,
                ContractorCopyEntity.<ContractorCopyEntity>findByIdOptional(contractorId)
                        .map(ProfileView.Company::of).orElse(null),
                DefaultContactEntity.<DefaultContactEntity>findByIdOptional(contractorId)
                        .map(ProfileView.DefaultContact::of).orElse(null));
    }

    public ProfileView saveDefaultContact(String contractorId, DefaultContactRequest request) {
        AdvisoryLocks.lock("default-contact", contractorId); // two first saves at once: the later one updates
        DefaultContactEntity contact = DefaultContactEntity.<DefaultContactEntity>findByIdOptional(contractorId)
                .orElseGet(DefaultContactEntity::new);
        contact.contractorId = contractorId;
        contact.department = text(request.department());
        contact.title = text(request.title());
        contact.name = text(request.name());
        contact.phone = text(request.phone());
        contact.completionMailAddress = text(request.completionMailAddress());
        contact.updatedAt = Times.now(clock);
        contact.persist();
        return profile(contractorId);
    }

    public void deleteDefaultContact(String contractorId) {
        DefaultContactEntity.deleteById(contractorId);
    }

    /** Blank optional fields are kept as absent, so the application screen does not prefill spaces. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
