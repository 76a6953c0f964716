package jp.esurety.application.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jp.esurety.application.domain.CertificateFormat;
import jp.esurety.application.domain.ProductType;
import jp.esurety.application.domain.WorkType;

import java.time.LocalDate;
import java.util.List;

/** 申込の作成: the construction work, the product lines and the information section. */
public record SubmitApplicationRequest(
        @NotNull(message = "請負工事の情報を入力してください。") @Valid Work work,
        @NotEmpty(message = "保証の申込内容を1件以上入力してください。") List<@Valid @NotNull Line> lines,
        @NotNull(message = "インフォメーションを入力してください。") @Valid Information information) {

    public record Work(
            @NotBlank(message = "工事名を入力してください。") @Size(max = 200) String name,
            @Size(max = 100) String ordererWorkNumber,
            @NotBlank(message = "発注者を選択してください。") String ordererId,
            @Size(max = 200) String location,
            @NotNull(message = "工種を選択してください。") WorkType workType,
            @NotNull(message = "請負金額を入力してください。") @PositiveOrZero Long contractAmount,
            @PositiveOrZero Long currentYearAmount,
            @NotNull(message = "工期(自)を入力してください。") LocalDate periodFrom,
            @NotNull(message = "工期(至)を入力してください。") LocalDate periodTo,
            @NotNull(message = "請負契約日を入力してください。") LocalDate contractDate,
            @Size(max = 200) String jointVentureName,
            Boolean jointVentureRepresentative,
            boolean electronicPermitted) {
    }

    public record Line(
            @NotNull(message = "保証の種類を選択してください。") ProductType productType,
            @NotNull(message = "保証証書の形式を選択してください。") CertificateFormat format,
            @NotNull(message = "保証金額を入力してください。") @PositiveOrZero Long guaranteeAmount,
            @PositiveOrZero Long currentYearAmount,
            @Pattern(regexp = "^[^\\x00-\\x1F\\x21-\\x7E｡-ﾟ]*$", message = "預託金融機関は全角で入力してください。") @Size(max = 100)
            String depositBank,
            Boolean redeposit,
            String premiumPaymentMethod,
            String premiumPayer,
            Boolean paperStatementWanted) {
    }

    public record Information(
            @NotBlank(message = "申込送信先を選択してください。") String branchCode,
            boolean completionMailWanted,
            @Email(message = "メールアドレスの形式が正しくありません。") String completionMailAddress,
            @Size(max = 100) String contactDepartment,
            @Size(max = 100) String contactTitle,
            @Size(max = 100) String contactName,
            @Pattern(regexp = "^[0-9０-９\\-－() ]*$", message = "連絡先電話番号は数字とハイフンで入力してください。") String contactPhone,
            @Size(max = 2000) String messageToSurety) {
    }
}
