package jp.esurety.notification.mail;

import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Japanese attachment names go out RFC 2231-encoded, in lines a mail reader accepts, and read back unchanged. */
class MimeParametersTest {

    static final String NAME = "認証キーのお知らせ_10101-000001.pdf";

    @Test
    void aJapaneseFileNameIsPercentEncodedUtf8InContinuationsThatJakartaMailReadsBack() throws Exception {
        String header = MimeParameters.attachmentDisposition(NAME);

        assertThat(header).startsWith("attachment;\n filename*0*=UTF-8''%E8%AA%8D%E8%A8%BC")
                .contains(";\n filename*1*=").doesNotContain("=?", "\"");
        String[] lines = ("Content-Disposition: " + header).split("\n");
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> assertThat(line.length())
                .as("line length").isLessThanOrEqualTo(78));
        ContentDisposition disposition = new ContentDisposition(MimeUtility.unfold(header.replace("\n", "\r\n")));
        assertThat(disposition.getDisposition()).isEqualTo("attachment");
        assertThat(disposition.getParameter("filename")).isEqualTo(NAME);
    }

    @Test
    void theContentTypeCarriesTheSameNameForOlderReaders() throws Exception {
        ContentType type = new ContentType(MimeUtility.unfold(
                MimeParameters.contentType("application/pdf", NAME).replace("\n", "\r\n")));

        assertThat(type.getBaseType()).isEqualTo("application/pdf");
        assertThat(type.getParameter("name")).isEqualTo(NAME);
    }

    @Test
    void continuationsNeverSplitOneCharacter() {
        String name = "保証料返還計算書（変更）_株式会社〇〇建設_10101-000001.pdf";

        for (String line : MimeParameters.parameter("filename", name).split("\n")) {
            String value = line.substring(line.indexOf('=') + 1).replace("UTF-8''", "").replace(";", "");
            assertThat(value).matches("([A-Za-z0-9._\\-]|%[0-9A-F]{2})*");
            assertThat(value).as("starts on a character's first byte").doesNotMatch("%[89AB].*");
        }
    }

    @Test
    void aPlainAsciiNameStaysQuoted() {
        assertThat(MimeParameters.attachmentDisposition("key-notice_10101-000001.pdf"))
                .isEqualTo("attachment;\n filename=\"key-notice_10101-000001.pdf\"");
    }
}
