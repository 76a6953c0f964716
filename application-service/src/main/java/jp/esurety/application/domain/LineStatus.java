package jp.esurety.application.domain;

import java.util.EnumSet;
import java.util.Set;

/** 手続状況 of one product line (DOMAIN.md "States"). */
public enum LineStatus {
    DRAFT("作成中"),
    SUBMITTED("申込済"),
    UNDER_REVIEW("審査中"),
    RETURNED("差戻し"),
    REJECTED("否決"),
    APPROVED("承認済"),
    ISSUED("発行済"),
    REGISTERED("電子保証発行済"),
    WITHDRAWN("取下げ");

    private static final Set<LineStatus> UNDECIDED = EnumSet.of(SUBMITTED, UNDER_REVIEW, RETURNED);
    private static final Set<LineStatus> DECIDED = EnumSet.of(REJECTED, APPROVED, ISSUED, REGISTERED);

    private final String label;

    LineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Events can arrive late or twice: a line never moves back along the issuance path. */
    public boolean isBefore(LineStatus other) {
        return ordinal() < other.ordinal();
    }

    /** SUBMITTED | UNDER_REVIEW | RETURNED → WITHDRAWN: the surety has not decided yet. */
    public boolean withdrawable() {
        return UNDECIDED.contains(this);
    }

    /** The surety has approved (and maybe issued) or rejected the line: what was sent with it is on record. */
    public boolean decided() {
        return DECIDED.contains(this);
    }

    /** A draft or a returned line (差戻し) may be changed and (re)submitted. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
