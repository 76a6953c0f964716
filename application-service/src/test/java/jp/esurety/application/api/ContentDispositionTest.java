package jp.esurety.application.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionTest {

    @Test
    void aJapaneseNameTravelsAsUtf8WithAnAsciiStandIn() {
        assertThat(ContentDisposition.attachment("見積書.pdf"))
                .isEqualTo("attachment; filename=\"___.pdf\"; filename*=UTF-8''%E8%A6%8B%E7%A9%8D%E6%9B%B8.pdf");
    }

    @Test
    void quotesBackslashesAndPercentSignsCannotBreakTheHeader() {
        assertThat(ContentDisposition.attachment("a\"b\\c%d;e.pdf"))
                .isEqualTo("attachment; filename=\"a_b_c_d;e.pdf\"; filename*=UTF-8''a%22b%5Cc%25d%3Be.pdf");
    }
}
