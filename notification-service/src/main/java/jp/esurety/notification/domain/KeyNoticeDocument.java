package jp.esurety.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The contents of 電子保証にかかる「認証キー」のお知らせ (seed 000): what the contractor submits to the orderer, plus the
 * registry's lookup URL for the QR code (with the contract number, never the key). {@link #toString()} hides the key.
 */
public record KeyNoticeDocument(LocalDate date, String workName, String contractorName, String productName,
                                String contractNumber, String authenticationKey, String issuerName,
                                String branchName, String lookupUrl, Instant registeredAt) {

    public KeyNoticeDocument {
        Objects.requireNonNull(contractNumber);
        Objects.requireNonNull(authenticationKey);
        Objects.requireNonNull(lookupUrl);
        Objects.requireNonNull(registeredAt);
        if (lookupUrl.contains(authenticationKey)) {
            throw new IllegalArgumentException("the lookup URL must never carry the authentication key");
        }
    }

    @Override
    public String toString() {
        return "KeyNoticeDocument[" + contractNumber + ", key=****]";
    }
}
