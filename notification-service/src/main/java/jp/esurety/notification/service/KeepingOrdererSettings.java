package jp.esurety.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.notification.messaging.NotificationEvents;
import jp.esurety.notification.persistence.OrdererSettingEntity;

import java.time.Clock;

/** Keeps the read copy of each orderer's submission settings as the registry announces them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KeepingOrdererSettings {

    private final Clock clock;

    public KeepingOrdererSettings(Clock clock) {
        this.clock = clock;
    }

    public void ordererChanged(NotificationEvents.OrdererSettings event) {
        OrdererSettingEntity setting = OrdererSettingEntity.findById(event.ordererId());
        if (setting == null) {
            setting = new OrdererSettingEntity();
            setting.ordererId = event.ordererId();
        }
        setting.name = event.name();
        setting.submissionAddress = event.submissionAddress() == null || event.submissionAddress().isBlank()
                ? null : event.submissionAddress();
        setting.subjectTemplate = event.subjectTemplate();
        setting.printoutRequired = Boolean.TRUE.equals(event.printoutRequired());
        setting.updatedAt = clock.instant();
        setting.persist();
    }
}
