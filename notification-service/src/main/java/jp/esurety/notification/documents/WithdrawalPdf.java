package jp.esurety.notification.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.notification.domain.BankAccount;
import jp.esurety.notification.domain.JapaneseDates;
import jp.esurety.notification.domain.WithdrawalDocument;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders the 前払金払出依頼書 for the deposit bank: the approved withdrawal from the 前払金専用口座, the payee, the
 * surety's approval, and the 前払金払出予定 after it (per category planned, withdrawn, remaining, and totals).
 */
@ApplicationScoped
public class WithdrawalPdf {

    static final String TITLE = "前払金払出依頼書";
    private static final float VALUES = 150;
    /** Right edges of the balance table's amount columns, from the left margin. */
    private static final float[] BALANCE_COLUMNS = {250, 360, 470};

    private final JapaneseFont font;

    public WithdrawalPdf(JapaneseFont font) {
        this.font = font;
    }

    public byte[] render(WithdrawalDocument withdrawal) {
        try {
            return font.use(ttf -> {
                PdfWriter.Metadata metadata = new PdfWriter.Metadata(TITLE, withdrawal.issuerName(),
                        "保証契約番号 " + withdrawal.contractNumber(), withdrawal.created());
                try (PdfWriter pdf = new PdfWriter(ttf, metadata)) {
                    BankAccount paying = withdrawal.payingAccount();
                    pdf.right(JapaneseDates.format(withdrawal.approvedOn()), 10.5f)
                            .line(paying == null ? "預託金融機関 御中"
                                    : paying.bankName() + " " + paying.branchName() + " 御中", 12);
                    if (!withdrawal.contractorName().isEmpty()) {
                        pdf.right("依頼者  " + withdrawal.contractorName(), 10.5f);
                    }
                    pdf.gap(12).centred(TITLE, 16).gap(10)
                            .paragraph("下記のとおり、前払金専用口座からの払出しを依頼します。", 10.5f).gap(6)
                            .field(14, "保証証書番号", VALUES, withdrawal.contractNumber(), 11);
                    if (!withdrawal.workName().isEmpty()) {
                        pdf.field(14, "工 事 名", VALUES, withdrawal.workName(), 11);
                    }
                    pdf.gap(6).line("払出口座（前払金専用口座）", 11);
                    if (paying == null) {
                        pdf.field(14, "口    座", VALUES, WithdrawalDocument.CLAIM_ACCOUNT, 11);
                    } else {
                        account(pdf, paying);
                    }
                    pdf.gap(6).field(14, "払出金額", VALUES, Yen.of(withdrawal.amount()), 12)
                            .field(14, "使    途", VALUES, withdrawal.categoryLabel(), 11)
                            .gap(6).line("払出先", 11)
                            .field(14, "名    称", VALUES, withdrawal.payeeName(), 11);
                    account(pdf, withdrawal.payeeAccount());
                    pdf.gap(8).line("保証事業会社の承認", 11)
                            .indented(14, "上記の払出しは、受理した前払金使途内訳明細書の範囲内であることを確認し、承認しました。", 9.5f)
                            .field(14, "承 認 日", VALUES, JapaneseDates.format(withdrawal.approvedOn()), 11)
                            .field(14, "承 認 者", VALUES, withdrawal.approver(), 11)
                            .gap(10).line("前払金払出予定（本払出し後）", 11)
                            .row(14, "使途", BALANCE_COLUMNS, 10, "予定額", "払出済額", "残額").rule();
                    for (WithdrawalDocument.BalanceLine line : withdrawal.balance()) {
                        pdf.row(14, line.label(), BALANCE_COLUMNS, 10, Yen.digits(line.planned()),
                                Yen.digits(line.withdrawn()), Yen.digits(line.remaining()));
                    }
                    pdf.rule().row(14, "合計", BALANCE_COLUMNS, 10.5f, Yen.digits(withdrawal.planned()),
                            Yen.digits(withdrawal.withdrawn()), Yen.digits(withdrawal.remaining()))
                            .gap(4).right("（単位：円）", 9);
                    return pdf.finish();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + TITLE + " " + withdrawal.contractNumber(), e);
        }
    }

    private static void account(PdfWriter pdf, BankAccount account) throws IOException {
        pdf.field(14, "金融機関", VALUES, account.bankLine() + "  " + account.branchLine(), 11)
                .field(14, "預金種目・口座番号", VALUES, account.accountTypeLabel() + "  " + account.accountNumber(), 11)
                .field(14, "口座名義（カナ）", VALUES, account.holderKana(), 11);
    }
}
