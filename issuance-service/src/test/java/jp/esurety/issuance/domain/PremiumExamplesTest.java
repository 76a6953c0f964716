package jp.esurety.issuance.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of docs/premiums.md, row by row, against the demo rate tables. */
class PremiumExamplesTest {

    static final Path DOC = Path.of("..", "docs", "premiums.md");

    record Example(String no, ProductType product, LocalDate asOf, long amount, LocalDate from, LocalDate to,
                   long days, BigDecimal rate, long premium, long tax, long total) {
        @Override
        public String toString() {
            return "example " + no + " (" + product + " " + amount + ")";
        }
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int start = lines.indexOf("<!-- premium-examples -->");
        int end = lines.indexOf("<!-- /premium-examples -->");
        assertThat(start).as("examples marker in " + DOC).isGreaterThanOrEqualTo(0);
        List<Example> examples = new ArrayList<>();
        for (String line : lines.subList(start + 3, end)) {
            String[] c = line.split("\\|");
            examples.add(new Example(c[1].strip(), ProductType.valueOf(c[2].strip()), LocalDate.parse(c[3].strip()),
                    Long.parseLong(c[4].strip()), LocalDate.parse(c[5].strip()), LocalDate.parse(c[6].strip()),
                    Long.parseLong(c[7].strip()), new BigDecimal(c[8].strip()), Long.parseLong(c[9].strip()),
                    Long.parseLong(c[10].strip()), Long.parseLong(c[11].strip())));
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        return examples;
    }

    static List<PremiumRateTable> demoTables() throws IOException {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = PremiumExamplesTest.class.getClassLoader()
                .getResourceAsStream("demo/premium-rate-tables.json")) {
            return mapper.readValue(in, new TypeReference<List<PremiumRateTable>>() {
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void workedExampleOfTheDocsIsReproduced(Example e) throws IOException {
        PremiumRateTable table = demoTables().stream()
                .filter(t -> t.productType() == e.product() && t.validOn(e.asOf()))
                .max(Comparator.comparing(PremiumRateTable::validFrom)).orElseThrow();

        PremiumQuote quote = table.quote(e.amount(), e.from(), e.to());

        assertThat(quote.days()).isEqualTo(e.days());
        assertThat(quote.ratePercent()).isEqualByComparingTo(e.rate());
        assertThat(quote.premium()).isEqualTo(e.premium());
        assertThat(quote.consumptionTax()).isEqualTo(e.tax());
        assertThat(quote.total()).isEqualTo(e.total());
    }
}
