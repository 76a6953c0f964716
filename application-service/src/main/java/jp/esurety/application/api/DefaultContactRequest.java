package jp.esurety.application.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** お客様情報's default contact as the contractor enters it; lengths as the application's contact fields. */
@Schema(description = "既定の連絡先(新しい申込の担当部署・役職・担当者名・電話番号・完了メールの宛先に入ります)")
public record DefaultContactRequest(
        @Schema(description = "担当部署", example = "工事部")
        @Size(max = 100, message = "担当部署は100文字以内で入力してください。") String department,
        @Schema(description = "役職", example = "課長")
        @Size(max = 100, message = "役職は100文字以内で入力してください。") String title,
        @Schema(description = "担当者名(必須)", example = "山田 太郎")
        @NotBlank(message = "担当者名を入力してください。")
        @Size(max = 100, message = "担当者名は100文字以内で入力してください。") String name,
        @Schema(description = "電話番号(必須、半角数字とハイフンで10〜13文字)", example = "0299-00-0000")
        @NotBlank(message = "電話番号を入力してください。")
        @Pattern(regexp = "^$|^[0-9][0-9-]{8,11}[0-9]$",
                message = "電話番号は半角数字とハイフンで10〜13文字で入力してください(例: 0299-00-0000)。") String phone,
        @Schema(description = "完了メールの宛先", example = "yamada@example.jp")
        @Email(message = "完了メールの宛先はメールアドレスの形式で入力してください。")
        @Size(max = 254, message = "完了メールの宛先は254文字以内で入力してください。") String completionMailAddress) {
}
