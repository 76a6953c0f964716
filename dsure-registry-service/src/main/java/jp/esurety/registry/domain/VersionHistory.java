package jp.esurety.registry.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The versions of one certificate as the orderer sees them. Every received version is kept (append-only); the
 * visible history shows 新規 and each 変更 once: a correction (訂正) silently takes the place of the version it
 * supersedes, and a cancelled change (取消された変更), with its corrections, is hidden. The current version is the
 * newest visible one.
 */
public final class VersionHistory {

    public enum Kind { NEW, AMENDMENT, CORRECTION }

    /** A version as received. {@code supersedes} is set for corrections only. */
    public record Received(int version, Kind kind, Integer sequence, Integer supersedes, Instant registeredAt) {
    }

    /**
     * One visible line of the history: shown as {@code kind} (新規/変更 + sequence) with the content of
     * {@code version}; {@code origin} is the version first received for this line.
     */
    public record Entry(int origin, int version, Kind kind, Integer sequence, Instant registeredAt, boolean corrected) {
        public String label() {
            return kind == Kind.NEW ? "新規" : "変更" + (sequence == null ? "" : "（第" + sequence + "回）");
        }
    }

    private final List<Entry> entries;

    private VersionHistory(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static VersionHistory of(List<Received> received, Set<Integer> cancelledVersions) {
        List<Received> sorted = new ArrayList<>(received);
        sorted.sort(Comparator.comparingInt(Received::version));
        List<Entry> lines = new ArrayList<>();
        List<Set<Integer>> chains = new ArrayList<>();
        for (Received r : sorted) {
            if (r.kind() == Kind.CORRECTION) {
                for (int i = 0; i < lines.size(); i++) {
                    Entry e = lines.get(i);
                    if (r.supersedes() != null && e.version() == r.supersedes()) {
                        lines.set(i, new Entry(e.origin(), r.version(), e.kind(), e.sequence(), r.registeredAt(), true));
                        chains.get(i).add(r.version());
                    }
                }
            } else {
                lines.add(new Entry(r.version(), r.version(), r.kind(), r.sequence(), r.registeredAt(), false));
                Set<Integer> chain = new HashSet<>();
                chain.add(r.version());
                chains.add(chain);
            }
        }
        List<Entry> visible = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean cancelled = chains.get(i).stream().anyMatch(cancelledVersions::contains);
            if (!cancelled) {
                visible.add(lines.get(i));
            }
        }
        return new VersionHistory(visible);
    }

    /** Visible lines, oldest first. */
    public List<Entry> entries() {
        return entries;
    }

    /** The newest visible line: the version a lookup answers. */
    public Optional<Entry> current() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast());
    }
}
