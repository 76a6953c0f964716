package jp.esurety.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** From {@code ApplicationSubmitted}: the completion-mail wish and the names the documents print. */
@Entity
@Table(name = "application_contact")
public class ApplicationContactEntity extends PanacheEntityBase {
    @Id
    public UUID applicationId;
    public String contractorId;
    public String contractorName;
    public String jvName;
    public String workName;
    public String ordererWorkNumber;
    public String obligeeName;
    public String ordererId;
    public String branchCode;
    /** Product type per line id, {@code lineId=TYPE;…}, to name the product in mails about one line. */
    public String lineProducts;
    public boolean mailWanted;
    public String mailAddress;
    public Instant receivedAt;

    public String productTypeOf(UUID lineId) {
        if (lineProducts == null || lineId == null) {
            return null;
        }
        for (String entry : lineProducts.split(";")) {
            String[] parts = entry.split("=", 2);
            if (parts.length == 2 && parts[0].equals(lineId.toString())) {
                return parts[1];
            }
        }
        return null;
    }
}
