package jp.esurety.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static jp.esurety.registry.domain.VersionHistory.Kind.AMENDMENT;
import static jp.esurety.registry.domain.VersionHistory.Kind.CORRECTION;
import static jp.esurety.registry.domain.VersionHistory.Kind.NEW;
import static org.assertj.core.api.Assertions.assertThat;

class VersionHistoryTest {

    static Instant at(int minute) {
        return Instant.parse("2026-11-23T01:00:00Z").plusSeconds(60L * minute);
    }

    @Test
    void theNewestAmendmentIsCurrent() {
        VersionHistory h = VersionHistory.of(List.of(new VersionHistory.Received(1, NEW, null, null, at(0)),
                new VersionHistory.Received(2, AMENDMENT, 1, null, at(1))), Set.of());
        assertThat(h.current().orElseThrow().version()).isEqualTo(2);
        assertThat(h.entries()).extracting(VersionHistory.Entry::label).containsExactly("新規", "変更（第1回）");
    }

    @Test
    void aCorrectionTakesThePlaceOfTheVersionItSupersedes() {
        VersionHistory h = VersionHistory.of(List.of(new VersionHistory.Received(1, NEW, null, null, at(0)),
                new VersionHistory.Received(2, AMENDMENT, 1, null, at(1)),
                new VersionHistory.Received(3, CORRECTION, 1, 2, at(2))), Set.of());
        assertThat(h.entries()).hasSize(2);
        VersionHistory.Entry current = h.current().orElseThrow();
        assertThat(current.version()).isEqualTo(3);
        assertThat(current.label()).isEqualTo("変更（第1回）");
        assertThat(current.corrected()).isTrue();
    }

    @Test
    void aCancelledChangeAndItsCorrectionsAreHidden() {
        VersionHistory h = VersionHistory.of(List.of(new VersionHistory.Received(1, NEW, null, null, at(0)),
                new VersionHistory.Received(2, AMENDMENT, 1, null, at(1)),
                new VersionHistory.Received(3, CORRECTION, 1, 2, at(2))), Set.of(3));
        assertThat(h.entries()).extracting(VersionHistory.Entry::version).containsExactly(1);
        assertThat(h.current().orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void versionsArriveInAnyOrderOfStorage() {
        VersionHistory h = VersionHistory.of(List.of(new VersionHistory.Received(2, AMENDMENT, 1, null, at(1)),
                new VersionHistory.Received(1, NEW, null, null, at(0))), Set.of());
        assertThat(h.entries()).extracting(VersionHistory.Entry::version).containsExactly(1, 2);
    }
}
