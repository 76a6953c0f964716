package jp.esurety.issuance.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of 変更保証料 in docs/premiums.md, row by row, against the demo rate tables. */
class AmendmentPremiumExamplesTest {

    record Example(String no, ProductType product, LocalDate approvedOn, String change, long charged, long amount,
                   LocalDate from, LocalDate end, long days, BigDecimal rate, long changedPremium, long additional) {
        @Override
        public String toString() {
            return "example " + no + " (" + change + " " + product + " " + amount + ")";
        }
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(PremiumExamplesTest.DOC);
        int start = lines.indexOf("<!-- amendment-premium-examples -->");
        int end = lines.indexOf("<!-- /amendment-premium-examples -->");
        assertThat(start).as("amendment examples marker in docs/premiums.md").isGreaterThanOrEqualTo(0);
        List<Example> examples = new ArrayList<>();
        for (String line : lines.subList(start + 3, end)) {
            String[] c = line.split("\\|");
            examples.add(new Example(c[1].strip(), ProductType.valueOf(c[2].strip()), LocalDate.parse(c[3].strip()),
                    c[4].strip(), Long.parseLong(c[5].strip()), Long.parseLong(c[6].strip()),
                    LocalDate.parse(c[7].strip()), LocalDate.parse(c[8].strip()), Long.parseLong(c[9].strip()),
                    new BigDecimal(c[10].strip()), Long.parseLong(c[11].strip()), Long.parseLong(c[12].strip())));
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        return examples;
    }

    static PremiumRateTable tableOn(ProductType product, LocalDate date) throws IOException {
        return PremiumExamplesTest.demoTables().stream()
                .filter(t -> t.productType() == product && t.validOn(date))
                .max(Comparator.comparing(PremiumRateTable::validFrom)).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void amendmentPremiumIsTheChangedPremiumLessWhatWasCharged(Example e) throws IOException {
        AmendmentPremium p = AmendmentPremium.of(tableOn(e.product(), e.approvedOn()), e.charged(), e.amount(),
                e.from(), e.end());

        assertThat(p.changedTerms().days()).isEqualTo(e.days());
        assertThat(p.changedTerms().ratePercent()).isEqualByComparingTo(e.rate());
        assertThat(p.changedTerms().premium()).isEqualTo(e.changedPremium());
        assertThat(p.additionalPremium()).isEqualTo(e.additional());
        assertThat(p.total()).isEqualTo(e.additional());
    }

    @Test
    void decreaseCostsNothingAndReturnsNothing() throws IOException {
        AmendmentPremium p = AmendmentPremium.of(tableOn(ProductType.ADVANCE_PAYMENT, LocalDate.of(2026, 11, 20)),
                48_000, 5_000_000, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 19));

        assertThat(p.additionalPremium()).isZero();
        assertThat(p.lines()).extracting(PremiumQuote.Line::label).contains("既収保証料", "追加保証料");
    }

    @Test
    void additionalFeeOfATaxableProductCarriesConsumptionTax() throws IOException {
        // 契約保証予約 80,000,000 (fee 8,000) raised to 120,000,000: fee 12,000, additional 4,000 + 10 % tax
        AmendmentPremium p = AmendmentPremium.of(tableOn(ProductType.BID_BOND, LocalDate.of(2026, 11, 20)),
                8_000, 120_000_000, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 30));

        assertThat(p.additionalPremium()).isEqualTo(4_000);
        assertThat(p.consumptionTax()).isEqualTo(400);
        assertThat(p.total()).isEqualTo(4_400);
    }
}
