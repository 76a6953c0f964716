package jp.esurety.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key notice's QR code opens the registry's lookup page with the contract number, never the key. */
class RegistryLookupTest {

    @Test
    void lookupUrlCarriesTheContractNumber() {
        assertThat(RegistryLookup.url("https://dsure.example.jp/lookup", "10101-000001"))
                .isEqualTo("https://dsure.example.jp/lookup?contractNumber=10101-000001");
        assertThat(RegistryLookup.url("https://dsure.example.jp/lookup?lang=ja", "10101-000001"))
                .isEqualTo("https://dsure.example.jp/lookup?lang=ja&contractNumber=10101-000001");
    }

    @Test
    void aKeyNoticeRefusesALookupUrlThatCarriesTheKey() {
        assertThatThrownBy(() -> new KeyNoticeDocument(LocalDate.of(2026, 11, 23), "工事", "受注者", "前払金保証",
                "10101-000001", "Z28YUE4J3Bux", "保証会社", "支店",
                "https://dsure.example.jp/lookup?contractNumber=10101-000001&key=Z28YUE4J3Bux", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
