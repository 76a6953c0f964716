package jp.esurety.application.service;

import jp.esurety.application.api.SubmitApplicationRequest;
import jp.esurety.application.domain.GuaranteeAmountRule;
import jp.esurety.application.domain.GuaranteeLine;
import jp.esurety.application.domain.GuaranteeRatio;
import jp.esurety.application.domain.ProductType;
import jp.esurety.application.persistence.ApplicationEntity;
import jp.esurety.application.persistence.ApplicationLineEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the contractor sees of an application: the whole form as saved (to resume a draft), each line's 手続状況,
 * 保証契約番号 and ratio, and the surety's messages (弊社からお客様へのお知らせ).
 */
@Schema(description = "保証申込(下書きを含む)")
public record ApplicationView(
        @Schema(description = "申込ID") UUID id,
        @Schema(description = "申込の種類: NEW | AMENDMENT(変更申込) | BID_BOND(契約保証予約申込)") String kind,
        @Schema(description = "下書き(未送信)であるか") boolean draft,
        @Schema(description = "差戻し後に修正・再申込できるか、または下書きとして編集できるか") boolean editable,
        @Schema(description = "工事名") String workName,
        @Schema(description = "発注者名(発注者一覧の名称、または証書(紙)のみの申込で自由入力された名称)") String ordererName,
        @Schema(description = "請負金額(円)") Long contractAmount,
        @Schema(description = "工期(自)") LocalDate periodFrom,
        @Schema(description = "工期(至)") LocalDate periodTo,
        @Schema(description = "申込送信先(支店コード)") String branchCode,
        @Schema(description = "請負契約者") String contractorName,
        @Schema(description = "作成日時(UTC)") Instant createdAt,
        @Schema(description = "更新日時(UTC)") Instant updatedAt,
        @Schema(description = "送信日時(UTC、最後の送信)") Instant submittedAt,
        @Schema(description = "取下げ日時(UTC)") Instant withdrawnAt,
        @Schema(description = "取下げ理由") String withdrawalReason,
        @Schema(description = "請負工事の情報(保存された内容)") SubmitApplicationRequest.Work work,
        @Schema(description = "入札の情報(契約保証予約申込)") SubmitApplicationRequest.Bid bid,
        @Schema(description = "インフォメーション(保存された内容)") SubmitApplicationRequest.Information information,
        @Schema(description = "変更申込の内容(kind=AMENDMENT)") Amendment amendment,
        @Schema(description = "保証の申込内容と手続状況") List<LineView> lines,
        @Schema(description = "弊社からお客様へのお知らせ(差戻し・否決の理由)") List<SuretyMessage> messagesFromSurety) {

    @Schema(description = "保証の申込内容1件と手続状況")
    public record LineView(
            @Schema(description = "明細ID") UUID id,
            @Schema(description = "保証の種類") String productType,
            @Schema(description = "保証の種類(表示名)", example = "前払金保証") String productLabel,
            @Schema(description = "保証証書の形式: PAPER | ELECTRONIC") String format,
            @Schema(description = "保証金額(円)") Long guaranteeAmount,
            @Schema(description = "請負金額もしくは今年度対象額に対する保証金額の割合", example = "40.0%") String ratio,
            @Schema(description = "割合の基準: 請負金額 | 今年度対象額") String ratioBase,
            @Schema(description = "今年度対象額(円)") Long currentYearAmount,
            @Schema(description = "預託金融機関") String depositBank,
            @Schema(description = "再預託を利用する") Boolean redeposit,
            @Schema(description = "保証料支払方法") String premiumPaymentMethod,
            @Schema(description = "保証料請求先") String premiumPayer,
            @Schema(description = "保証料計算書(紙)を希望する") Boolean paperStatementWanted,
            @Schema(description = "中間前払金の認定番号") String interimCertificationNumber,
            @Schema(description = "中間前払金の認定日") LocalDate interimCertificationDate,
            @Schema(description = "契約保証予約からの切替: 切り替える契約保証予約の保証契約番号") String bidBondContractNumber,
            @Schema(description = "手続状況: DRAFT | SUBMITTED | UNDER_REVIEW | RETURNED | REJECTED | APPROVED | ISSUED | REGISTERED | WITHDRAWN") String status,
            @Schema(description = "手続状況(表示名)", example = "申込済") String statusLabel,
            @Schema(description = "保証契約番号", example = "10101-000001") String contractNumber,
            @Schema(description = "保証料(円)") Long premium,
            @Schema(description = "承認日時(UTC)") Instant approvedAt,
            @Schema(description = "発行日時(UTC)") Instant issuedAt,
            @Schema(description = "電子保証発行日時(UTC、D-Sureに登録された日時)") Instant registeredAt,
            @Schema(description = "発行完了のお知らせメールの送信日時(UTC)") Instant completionMailSentAt) {
    }

    @Schema(description = "変更申込の内容")
    public record Amendment(
            @Schema(description = "変更する保証契約の保証契約番号") String contractNumber,
            @Schema(description = "INCREASE(増額) | DECREASE(減額) | TERM_CHANGE(保証期限変更)") String changeType,
            @Schema(description = "変更後の保証金額(円)") Long newGuaranteeAmount,
            @Schema(description = "変更後の保証期限") LocalDate newGuaranteeEnd,
            @Schema(description = "変更後の請負金額(円)") Long newContractAmount,
            @Schema(description = "変更後の工期(至)") LocalDate newPeriodTo,
            @Schema(description = "変更理由") String reason) {
    }

    @Schema(description = "弊社からお客様へのお知らせ")
    public record SuretyMessage(UUID lineId, String productType, String status, String message, Instant at) {
    }

    public static ApplicationView of(ApplicationEntity a) {
        SubmitApplicationRequest form = ApplicationForms.toForm(a);
        Amendment amendment = a.amendedContractNumber == null ? null : new Amendment(a.amendedContractNumber,
                a.changeType, a.newGuaranteeAmount, a.newGuaranteeEnd, a.newContractAmount, a.newPeriodTo,
                a.changeReason);
        List<SuretyMessage> messages = a.lines.stream().filter(l -> l.suretyMessage != null)
                .map(l -> new SuretyMessage(l.id, l.productType, l.status.name(), l.suretyMessage, l.suretyMessageAt))
                .toList();
        return new ApplicationView(a.id, a.kind, a.isDraft(), a.editable(), a.workName, a.ordererName,
                a.contractAmount, a.periodFrom, a.periodTo, a.branchCode, a.contractorName, a.createdAt, a.updatedAt,
                a.submittedAt, a.withdrawnAt, a.withdrawalReason, form.work(), form.bid(),
                form.information(), amendment, a.lines.stream().map(l -> line(a, l)).toList(), messages);
    }

    private static LineView line(ApplicationEntity a, ApplicationLineEntity l) {
        ProductType product = l.productType == null ? null : ProductType.valueOf(l.productType);
        boolean advance = product == ProductType.ADVANCE_PAYMENT || product == ProductType.INTERIM_ADVANCE_PAYMENT;
        long contractAmount = Objects.requireNonNullElse(a.contractAmount, 0L);
        long base = advance ? GuaranteeAmountRule.advanceBase(
                new GuaranteeLine(product, l.guaranteeAmount, l.currentYearAmount, false), a.currentYearAmount,
                contractAmount) : contractAmount;
        String baseLabel = advance && base != contractAmount ? "今年度対象額" : "請負金額";
        return new LineView(l.id, l.productType, product == null ? null : product.label(), l.format,
                l.guaranteeAmount, GuaranteeRatio.percent(l.guaranteeAmount, base), baseLabel, l.currentYearAmount,
                l.depositBank, l.redeposit, l.premiumPaymentMethod, l.premiumPayer, l.paperStatementWanted,
                l.interimCertificationNumber, l.interimCertificationDate, l.bidBondContractNumber, l.status.name(),
                l.status.label(),
                l.contractNumber, l.premium, l.approvedAt, l.issuedAt, l.registeredAt, l.completionMailSentAt);
    }
}
