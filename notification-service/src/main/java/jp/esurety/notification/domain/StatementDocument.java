package jp.esurety.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A 保証料計算書 or 保証料返還計算書: who, which contract, the lines and the total (yen). */
public record StatementDocument(String title, LocalDate date, String contractorName, String workName,
                                String productName, String contractNumber, List<Line> lines, long total,
                                String note, String issuerName, Instant created) {

    public record Line(String label, long amount) {
    }
}
