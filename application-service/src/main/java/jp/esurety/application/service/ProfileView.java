package jp.esurety.application.service;

import jp.esurety.application.persistence.ContractorCopyEntity;
import jp.esurety.application.persistence.DefaultContactEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** お客様情報: the company as the surety registered it, and the contractor's own default contact. */
@Schema(description = "お客様情報")
public record ProfileView(
        @Schema(description = "お客様ID(請負者)", example = "C0001") String contractorId,
        @Schema(description = "会社の情報(保証会社に登録された内容、未登録の間は null)") Company company,
        @Schema(description = "既定の連絡先(未登録の間は null)") DefaultContact defaultContact) {

    @Schema(description = "保証会社に登録された会社の情報(変更は保証会社へご連絡ください)")
    public record Company(
            @Schema(description = "会社名") String name,
            @Schema(description = "所在地") String address,
            @Schema(description = "代表者") String representative,
            @Schema(description = "構成員である共同企業体") List<JointVenture> jointVentures,
            @Schema(description = "保証会社の登録情報の更新日時(UTC)") Instant updatedAt) {

        static Company of(ContractorCopyEntity copy) {
            return new Company(copy.name, copy.address, copy.representative,
                    copy.jointVentures.stream().map(jv -> new JointVenture(jv.name, jv.representative)).toList(),
                    copy.updatedAt);
        }
    }

    @Schema(description = "共同企業体")
    public record JointVenture(@Schema(description = "共同企業体の名称") String name,
                               @Schema(description = "代表者であるか") boolean representative) {
    }

    @Schema(description = "既定の連絡先")
    public record DefaultContact(
            @Schema(description = "担当部署") String department,
            @Schema(description = "役職") String title,
            @Schema(description = "担当者名") String name,
            @Schema(description = "電話番号") String phone,
            @Schema(description = "完了メールの宛先") String completionMailAddress,
            @Schema(description = "更新日時(UTC)") Instant updatedAt) {

        static DefaultContact of(DefaultContactEntity contact) {
            return new DefaultContact(contact.department, contact.title, contact.name, contact.phone,
                    contact.completionMailAddress, contact.updatedAt);
        }
    }
}
