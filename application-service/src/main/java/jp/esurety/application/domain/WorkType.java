package jp.esurety.application.domain;

/** 工種: drives the statutory ratios. */
public enum WorkType {
    /** 土木建築 */
    CIVIL_BUILDING,
    /** 設計・調査・測量 */
    DESIGN_SURVEY,
    /** その他 */
    OTHER
}
