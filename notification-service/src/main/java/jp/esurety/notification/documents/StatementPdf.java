package jp.esurety.notification.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jp.esurety.notification.domain.JapaneseDates;
import jp.esurety.notification.domain.StatementDocument;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders 保証料計算書 and 保証料返還計算書: header, the contract, one line per item, the total. */
@ApplicationScoped
public class StatementPdf {

    private static final float VALUES = 150;

    private final JapaneseFont font;

    public StatementPdf(JapaneseFont font) {
        this.font = font;
    }

    public byte[] render(StatementDocument statement) {
        try {
            return font.use(ttf -> {
                PdfWriter.Metadata metadata = new PdfWriter.Metadata(statement.title(), statement.issuerName(),
                        "保証契約番号 " + statement.contractNumber(), statement.created());
                try (PdfWriter pdf = new PdfWriter(ttf, metadata)) {
                    pdf.right(JapaneseDates.format(statement.date()), 10.5f)
                            .line(statement.contractorName() + " 御中", 11)
                            .right(statement.issuerName(), 10.5f)
                            .gap(12).centred(statement.title(), 16).gap(10)
                            .field(14, "保証契約番号", VALUES, statement.contractNumber(), 11)
                            .field(14, "工 事 名", VALUES, statement.workName(), 11)
                            .field(14, "商品 (保証区分)", VALUES, statement.productName(), 11)
                            .gap(8);
                    for (StatementDocument.Line line : statement.lines()) {
                        pdf.field(14, line.label(), VALUES, amount(line), 11);
                    }
                    pdf.gap(4).field(14, "合計", VALUES, Yen.of(statement.total()), 12);
                    if (statement.note() != null) {
                        pdf.gap(12).paragraph(statement.note(), 9.5f);
                    }
                    return pdf.finish();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + statement.title(), e);
        }
    }

    private static String amount(StatementDocument.Line line) {
        return line.label().contains("(日)")
                ? Yen.digits(line.amount()) + " 日" : Yen.of(line.amount());
    }
}
