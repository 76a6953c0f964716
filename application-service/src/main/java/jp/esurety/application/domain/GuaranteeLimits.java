package jp.esurety.application.domain;

/**
 * The statutory ratios of rule 4, in percent: the most an advance payment (前払金) may be per 工種, the interim advance
 * (中間前払金) alone and together with the advance, and the least a 契約保証 must cover (more after a low bid).
 */
public record GuaranteeLimits(int advanceCivilBuilding, int advanceDesignSurvey, int advanceOther, int interim,
                              int advancePlusInterim, int contractMinimum, int contractMinimumLowBid) {

    public int advanceFor(WorkType workType) {
        return switch (workType) {
            case CIVIL_BUILDING -> advanceCivilBuilding;
            case DESIGN_SURVEY -> advanceDesignSurvey;
            case OTHER -> advanceOther;
        };
    }
}
