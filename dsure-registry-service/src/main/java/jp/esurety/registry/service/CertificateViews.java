package jp.esurety.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.esurety.registry.domain.GuaranteeStatus;
import jp.esurety.registry.domain.VersionHistory;
import jp.esurety.registry.persistence.CertificateFactEntity;
import jp.esurety.registry.persistence.RegisteredCertificateEntity;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a certificate as the orderer sees it: the current visible version, its history and its status. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CertificateViews {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** The certificate as the orderer sees it: the signed credential and when it reached D-Sure. */
    public record CertificateView(String contractNumber, int version, String versionKind, Integer sequence,
                                  Instant registeredAt, String issuerId, String obligeeId, GuaranteeStatus status,
                                  String statusBanner, JsonNode credential) {
    }

    /** One line of the version history (新規 / 変更). */
    public record HistoryLine(int version, String label, Instant registeredAt, boolean corrected) {
    }

    public record Certificate(CertificateView current, List<HistoryLine> history) {
    }

    private final ObjectMapper mapper;
    private final Clock clock;

    public CertificateViews(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public Optional<Certificate> load(String contractNumber) {
        List<RegisteredCertificateEntity> versions = RegisteredCertificateEntity.versions(contractNumber);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        List<CertificateFactEntity> facts = CertificateFactEntity.of(contractNumber);
        Set<Integer> cancelled = facts.stream()
                .filter(f -> CertificateFactEntity.AMENDMENT_CANCELLED.equals(f.kind) && f.version != null)
                .map(f -> f.version).collect(Collectors.toSet());
        VersionHistory history = VersionHistory.of(versions.stream().map(v -> new VersionHistory.Received(v.version,
                VersionHistory.Kind.valueOf(v.versionKind), v.sequence, v.supersedesVersion, v.registeredAt)).toList(),
                cancelled);
        Optional<VersionHistory.Entry> current = history.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        RegisteredCertificateEntity c = versions.stream().filter(v -> v.version == current.get().version())
                .findFirst().orElseThrow();
        JsonNode credential = parse(c.credential);
        boolean guaranteeCancelled = facts.stream().anyMatch(f -> CertificateFactEntity.GUARANTEE_CANCELLED.equals(f.kind));
        boolean expired = facts.stream().anyMatch(f -> CertificateFactEntity.GUARANTEE_EXPIRED.equals(f.kind));
        String end = credential.path("credentialSubject").path("guaranteeEnd").asText("");
        LocalDate guaranteeEnd = end.isEmpty() ? null : LocalDate.parse(end);
        GuaranteeStatus status = GuaranteeStatus.of(guaranteeCancelled, expired, guaranteeEnd,
                LocalDate.ofInstant(clock.instant(), TOKYO));
        VersionHistory.Entry e = current.get();
        CertificateView view = new CertificateView(c.contractNumber, c.version, e.kind().name(), e.sequence(),
                e.registeredAt(), c.issuerId, c.obligeeId, status, status.banner(), credential);
        List<HistoryLine> lines = history.entries().stream()
                .map(h -> new HistoryLine(h.version(), h.label(), h.registeredAt(), h.corrected())).toList();
        return Optional.of(new Certificate(view, lines));
    }

    /** A specific visible version (for the history pages). */
    public Optional<CertificateView> version(String contractNumber, int version) {
        return RegisteredCertificateEntity.version(contractNumber, version)
                .map(c -> new CertificateView(c.contractNumber, c.version, c.versionKind, c.sequence, c.registeredAt,
                        c.issuerId, c.obligeeId, GuaranteeStatus.IN_FORCE, "", parse(c.credential)));
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
