package jp.esurety.application.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 取下げ: why the contractor withdraws (optional). */
@Schema(description = "申込の取下げ")
public record WithdrawalRequest(
        @Schema(description = "取下げ理由", example = "発注者との契約が延期になったため")
        @Size(max = 2000, message = "取下げ理由は2000文字以内で入力してください。") String reason) {
}
