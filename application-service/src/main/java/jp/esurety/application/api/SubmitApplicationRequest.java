package jp.esurety.application.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jp.esurety.application.domain.ApplicationKind;
import jp.esurety.application.domain.CertificateFormat;
import jp.esurety.application.domain.CertificateReceipt;
import jp.esurety.application.domain.ProductType;
import jp.esurety.application.domain.WorkType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * 申込の作成: the construction work, the product lines and the information section. A draft is checked for the
 * shape of what it holds (the default group); a submission also for completeness ({@link Complete}) and the rules.
 */
@Schema(description = "保証申込の内容(請負工事の情報・保証の申込内容・インフォメーション)。下書きは未入力の項目があっても保存できます。")
public record SubmitApplicationRequest(
        @Schema(description = "申込の種類: NEW(保証申込) | BID_BOND(契約保証予約申込・入札ボンド)。省略時は NEW", example = "NEW")
        ApplicationKind kind,
        @Schema(description = "請負工事の情報")
        @NotNull(groups = Complete.class, message = "請負工事の情報を入力してください。") @Valid Work work,
        @Schema(description = "入札の情報(契約保証予約申込のみ)")
        @Valid Bid bid,
        @Schema(description = "保証の申込内容(保証の種類ごとに1件)")
        @NotEmpty(groups = Complete.class, message = "保証の申込内容を1件以上入力してください。") List<@Valid @NotNull Line> lines,
        @Schema(description = "インフォメーション(申込送信先、保証証書受取、連絡先など)")
        @NotNull(groups = Complete.class, message = "インフォメーションを入力してください。") @Valid Information information) {

    /** Constraints only a submission must meet (a draft may be incomplete). */
    public interface Complete {
    }

    public ApplicationKind kindOrDefault() {
        return kind == null ? ApplicationKind.NEW : kind;
    }

    @Schema(description = "請負工事の情報")
    public record Work(
            @Schema(description = "工事名", example = "小美玉市道1-2345号線道路改良工事")
            @NotBlank(groups = Complete.class, message = "工事名を入力してください。")
            @Size(max = 200, message = "工事名は200文字以内で入力してください。") String name,
            @Schema(description = "工事番号(発注者の番号)", example = "令和8年度 第123号")
            @Size(max = 100, message = "工事番号は100文字以内で入力してください。") String ordererWorkNumber,
            @Schema(description = "発注者ID(発注者一覧 GET /api/orderers から選択)。電子保証では必須", example = "ORD-082368")
            String ordererId,
            @Schema(description = "発注者名(自由入力)。発注者一覧にない発注者で、保証証書の形式がすべて証書(紙)の場合のみ(ordererId を省略)。ordererId を選択した場合は一覧の名称", example = "〇〇村長")
            @Size(max = 200, message = "発注者名は200文字以内で入力してください。") String ordererName,
            @Schema(description = "工事場所", example = "茨城県小美玉市堅倉")
            @Size(max = 200, message = "工事場所は200文字以内で入力してください。") String location,
            @Schema(description = "工種: CIVIL_BUILDING(土木建築) | DESIGN_SURVEY(設計・調査・測量) | OTHER(その他)")
            @NotNull(groups = Complete.class, message = "工種を選択してください。") WorkType workType,
            @Schema(description = "請負金額(円)", example = "50000000")
            @Positive(message = "請負金額は1円以上の整数で入力してください。") Long contractAmount,
            @Schema(description = "今年度対象額(円、複数年度の工事)")
            @Positive(message = "今年度対象額は1円以上の整数で入力してください。") Long currentYearAmount,
            @Schema(description = "工期(自)", example = "2026-12-01")
            @NotNull(groups = Complete.class, message = "工期(自)を入力してください。") LocalDate periodFrom,
            @Schema(description = "工期(至)", example = "2027-03-19")
            @NotNull(groups = Complete.class, message = "工期(至)を入力してください。") LocalDate periodTo,
            @Schema(description = "請負契約日", example = "2026-11-20")
            LocalDate contractDate,
            @Schema(description = "JV名")
            @Size(max = 200, message = "JV名は200文字以内で入力してください。") String jointVentureName,
            @Schema(description = "JVの代表者であるか")
            Boolean jointVentureRepresentative,
            @Schema(description = "発注者が電子保証の利用を認めた工事であることの確認(電子保証では必須)")
            boolean electronicPermitted,
            @Schema(description = "低入札価格調査の対象(契約保証は請負金額の30%以上)")
            Boolean lowBid,
            @Schema(description = "前払金の予定がある(契約保証・契約保証予約を前払金保証と別に申し込む場合)")
            Boolean advancePaymentPlanned) {
    }

    @Schema(description = "入札の情報(契約保証予約申込)")
    public record Bid(
            @Schema(description = "公告番号", example = "小美玉市告示第45号")
            @Size(max = 100, message = "公告番号は100文字以内で入力してください。") String announcementNumber,
            @Schema(description = "入札日", example = "2026-12-10")
            LocalDate bidDate,
            @Schema(description = "入札予定金額(円)", example = "48000000")
            @Positive(message = "入札予定金額は1円以上の整数で入力してください。") Long plannedBidAmount) {
    }

    @Schema(description = "保証の申込内容1件(前払金保証・中間前払金保証・契約保証・契約保証予約)")
    public record Line(
            @Schema(description = "保証の種類: ADVANCE_PAYMENT(前払金保証) | INTERIM_ADVANCE_PAYMENT(中間前払金保証) | CONTRACT(契約保証) | BID_BOND(契約保証予約)")
            @NotNull(groups = Complete.class, message = "保証の種類を選択してください。") ProductType productType,
            @Schema(description = "保証証書の形式: PAPER(証書(紙)) | ELECTRONIC(電子保証(認証キーを含む))")
            @NotNull(groups = Complete.class, message = "保証証書の形式を選択してください。") CertificateFormat format,
            @Schema(description = "保証金額(円): 前払金保証金額・中間前払金保証金額・契約保証金額", example = "20000000")
            @NotNull(groups = Complete.class, message = "保証金額を入力してください。")
            @Positive(message = "保証金額は1円以上の整数で入力してください。") Long guaranteeAmount,
            @Schema(description = "今年度対象額(円、出来高予定額または支払限度額)")
            @Positive(message = "今年度対象額は1円以上の整数で入力してください。") Long currentYearAmount,
            @Schema(description = "預託金融機関(全角)。前払金・中間前払金保証で必須", example = "〇〇銀行 小美玉支店")
            @Pattern(regexp = "^[^\\x00-\\x1F\\x21-\\x7E｡-ﾟ]*$", message = "預託金融機関は全角で入力してください。")
            @Size(max = 100, message = "預託金融機関は100文字以内で入力してください。") String depositBank,
            @Schema(description = "再預託利用区分: true(再預託を利用する) | false(再預託を利用しない)")
            Boolean redeposit,
            @Schema(description = "保証料支払方法(例: BULK 一括納付、TRANSFER 振込)", example = "BULK")
            @Size(max = 50, message = "保証料支払方法は50文字以内で入力してください。") String premiumPaymentMethod,
            @Schema(description = "保証料請求先", example = "株式会社 小美玉建設")
            @Size(max = 200, message = "保証料請求先は200文字以内で入力してください。") String premiumPayer,
            @Schema(description = "保証料計算書(紙): true(希望する) | false(希望しない)")
            Boolean paperStatementWanted,
            @Schema(description = "中間前払金の認定番号(発注者の認定)")
            @Size(max = 100, message = "認定番号は100文字以内で入力してください。") String interimCertificationNumber,
            @Schema(description = "中間前払金の認定日")
            LocalDate interimCertificationDate,
            @Schema(description = "契約保証予約からの切替(契約保証のみ): 同じ入札で承認済みのお客様の契約保証予約の保証契約番号(ハイフンなしも可)",
                    example = "10101-000042")
            @Size(max = 20, message = "契約保証予約の保証契約番号は20文字以内で入力してください。") String bidBondContractNumber) {
    }

    @Schema(description = "インフォメーション")
    public record Information(
            @Schema(description = "申込送信先(支店コード、GET /api/branches から選択)", example = "10101")
            @NotBlank(groups = Complete.class, message = "申込送信先を選択してください。") String branchCode,
            @Schema(description = "保証証書受取(証書(紙)の場合): WINDOW(窓口) | POST(郵送)")
            CertificateReceipt certificateReceipt,
            @Schema(description = "電子保証発行完了のお知らせ: true(希望する) | false(希望しない)")
            boolean completionMailWanted,
            @Schema(description = "メールアドレス(お知らせを希望する場合は必須)", example = "keiri@omitama-kensetsu.example.jp")
            @Email(message = "メールアドレスの形式が正しくありません。")
            @Size(max = 254, message = "メールアドレスは254文字以内で入力してください。") String completionMailAddress,
            @Schema(description = "担当部署") @Size(max = 100, message = "担当部署は100文字以内で入力してください。") String contactDepartment,
            @Schema(description = "役職") @Size(max = 100, message = "役職は100文字以内で入力してください。") String contactTitle,
            @Schema(description = "担当者名") @Size(max = 100, message = "担当者名は100文字以内で入力してください。") String contactName,
            @Schema(description = "連絡先電話番号", example = "0299-00-0000")
            @Pattern(regexp = "^[0-9０-９\\-－() ]*$", message = "連絡先電話番号は数字とハイフンで入力してください。") String contactPhone,
            @Schema(description = "お客様から弊社への連絡事項")
            @Size(max = 2000, message = "連絡事項は2000文字以内で入力してください。") String messageToSurety) {
    }
}
