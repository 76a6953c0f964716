package jp.esurety.notification.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.notification.domain.AdvanceClaimDocument;
import jp.esurety.notification.domain.BankAccount;
import jp.esurety.notification.domain.JapaneseDates;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders the 前払金請求書: the contractor's claim to the orderer for the advance of an issued 前払金保証, to be paid
 * into the 前払金専用口座 only.
 */
@ApplicationScoped
public class AdvanceClaimPdf {

    static final String TITLE = "前払金請求書";
    static final String DEDICATED_ACCOUNT_NOTE = "※ 前払金は上記の前払金専用口座にのみお振込みください。"
            + "この口座の前払金は、保証事業会社が認めた使途に限り払い出されます。";
    private static final float VALUES = 150;

    private final JapaneseFont font;

    public AdvanceClaimPdf(JapaneseFont font) {
        this.font = font;
    }

    public byte[] render(AdvanceClaimDocument claim) {
        try {
            return font.use(ttf -> {
                PdfWriter.Metadata metadata = new PdfWriter.Metadata(TITLE, claim.issuerName(),
                        "保証契約番号 " + claim.contractNumber(), claim.created());
                try (PdfWriter pdf = new PdfWriter(ttf, metadata)) {
                    BankAccount account = claim.account();
                    pdf.right(JapaneseDates.format(claim.date()), 10.5f)
                            .line(claim.ordererName() + " 殿", 12)
                            .right("請求者  " + claim.contractorName(), 10.5f)
                            .gap(12).centred(TITLE, 16).gap(10)
                            .paragraph("下記の工事の前払金を、次のとおり請求します。", 10.5f).gap(6)
                            .field(14, "工 事 名", VALUES, claim.workName(), 11)
                            .field(14, "保証証書番号", VALUES, claim.contractNumber(), 11)
                            .field(14, "保証の種類", VALUES, claim.productName(), 11)
                            .field(14, "請求金額", VALUES, Yen.of(claim.amount()), 12)
                            .gap(8).line("振込先（前払金専用口座）", 11)
                            .field(14, "金融機関", VALUES, account.bankLine(), 11)
                            .field(14, "支   店", VALUES, account.branchLine(), 11)
                            .field(14, "預金種目", VALUES, account.accountTypeLabel(), 11)
                            .field(14, "口座番号", VALUES, account.accountNumber(), 11)
                            .field(14, "口座名義（カナ）", VALUES, account.holderKana(), 11)
                            .gap(12).paragraph(DEDICATED_ACCOUNT_NOTE, 9.5f)
                            .gap(12).right("保証事業会社  " + claim.issuerName(), 9.5f);
                    return pdf.finish();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + TITLE + " " + claim.contractNumber(), e);
        }
    }
}
