package jp.esurety.notification.documents;

import jp.esurety.notification.domain.BankAccount;
import jp.esurety.notification.domain.WithdrawalDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The 前払金払出依頼書 layout: every category of a full plan is printed, continuing on a second page if need be. */
class WithdrawalPdfTest {

    static final List<String> LABELS = List.of("材料費", "労務費", "機械器具賃借料", "動力費", "支払運賃", "修繕費",
            "仮設費", "労災保険料", "保証料", "未定");

    @Test
    void aPlanWithEveryCategoryPrintsEveryBalanceLineAndTheTotals() throws Exception {
        List<WithdrawalDocument.BalanceLine> balance = IntStream.range(0, LABELS.size())
                .mapToObj(i -> new WithdrawalDocument.BalanceLine(LABELS.get(i), 2_000_000, i == 0 ? 500_000 : 0,
                        i == 0 ? 1_500_000 : 2_000_000))
                .toList();
        byte[] pdf = new WithdrawalPdf(new JapaneseFont()).render(new WithdrawalDocument(LocalDate.of(2026, 12, 1),
                "10101-000001", "", "", null, "株式会社 水戸資材",
                new BankAccount("0131", null, "001", null, "CURRENT", "7654321", "(ｶ)ﾐﾄｼｻﾞｲ"), 500_000, "材料費",
                "東日本建設業保証株式会社 茨城支店", balance, 20_000_000, 500_000, 19_500_000,
                "東日本建設業保証株式会社", Instant.parse("2026-12-01T02:00:00Z")));
        Files.createDirectories(KeyNoticePdfTest.ARTIFACTS);
        Files.write(KeyNoticePdfTest.ARTIFACTS.resolve("withdrawal-all-categories.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> lines = new PDFTextStripper().getText(document).lines().map(String::strip).toList();
            assertThat(lines).contains("材料費 2,000,000 500,000 1,500,000", "未定 2,000,000 0 2,000,000",
                    "合計 20,000,000 500,000 19,500,000", "預託金融機関 御中");
            assertThat(lines).anyMatch(line -> line.contains("（前払金請求書の口座）"));
            assertThat(LABELS).allMatch(label -> lines.stream().anyMatch(line -> line.startsWith(label + " ")));
        }
    }
}
