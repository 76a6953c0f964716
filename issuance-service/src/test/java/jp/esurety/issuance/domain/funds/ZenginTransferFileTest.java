package jp.esurety.issuance.domain.funds;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 全銀協 総合振込 byte layout of docs/funds.md, field by field. */
class ZenginTransferFileTest {

    static final Charset MS932 = Charset.forName("MS932");
    static final BankAccount PAYER = new BankAccount("0131", "ｼﾞﾖｳﾖｳ", "201", "ｵﾐﾀﾏ", AccountType.ORDINARY,
            "1234567", "(ｶ)ｵﾐﾀﾏｹﾝｾﾂ");
    static final BankAccount SUPPLIER = new BankAccount("0131", null, "001", null, AccountType.CURRENT, "7654321",
            "(ｶ)ﾐﾄｼｻﾞｲ");
    static final BankAccount WORKERS = new BankAccount("0005", "ﾐﾂﾋﾞｼUFJ", "123", "ﾐﾄ", AccountType.ORDINARY,
            "0000123", "ｲﾊﾞﾗｷﾞｹﾝｷﾞﾖｳ");

    static byte[] example() {
        return ZenginTransferFile.build(List.of(new ZenginTransferFile.Group("1234567890", PAYER,
                LocalDate.of(2026, 12, 1), List.of(new ZenginTransferFile.Transfer(SUPPLIER, 3_000_000),
                new ZenginTransferFile.Transfer(WORKERS, 1_250_000)))));
    }

    /** Splits the file into records, checking every record is 120 bytes followed by CRLF. */
    static List<byte[]> records(byte[] file) {
        assertThat(file.length % 122).as("records of 120 bytes + CRLF").isZero();
        List<byte[]> records = new java.util.ArrayList<>();
        for (int i = 0; i < file.length; i += 122) {
            assertThat(file[i + 120]).isEqualTo((byte) '\r');
            assertThat(file[i + 121]).isEqualTo((byte) '\n');
            records.add(Arrays.copyOfRange(file, i, i + 120));
        }
        return records;
    }

    /** Bytes [from, from + length) of a record (1-based position as in docs/funds.md) decoded as MS932. */
    static String field(byte[] record, int position, int length) {
        return new String(Arrays.copyOfRange(record, position - 1, position - 1 + length), MS932);
    }

    @Test
    void fileIsHeaderDataTrailerAndEndRecordsOf120BytesWithCrlf() {
        List<byte[]> records = records(example());
        assertThat(records).hasSize(5);
        assertThat(records).extracting(r -> (char) r[0]).containsExactly('1', '2', '2', '8', '9');
    }

    @Test
    void headerRecordLayout() {
        byte[] h = records(example()).get(0);
        assertThat(field(h, 1, 1)).isEqualTo("1");
        assertThat(field(h, 2, 2)).isEqualTo("21");
        assertThat(field(h, 4, 1)).isEqualTo("0");
        assertThat(field(h, 5, 10)).isEqualTo("1234567890");
        assertThat(field(h, 15, 40)).isEqualTo("(ｶ)ｵﾐﾀﾏｹﾝｾﾂ" + " ".repeat(29));
        assertThat(field(h, 55, 4)).isEqualTo("1201");
        assertThat(field(h, 59, 4)).isEqualTo("0131");
        assertThat(field(h, 63, 15)).isEqualTo("ｼﾞﾖｳﾖｳ" + " ".repeat(9));
        assertThat(field(h, 78, 3)).isEqualTo("201");
        assertThat(field(h, 81, 15)).isEqualTo("ｵﾐﾀﾏ" + " ".repeat(11));
        assertThat(field(h, 96, 1)).isEqualTo("1");
        assertThat(field(h, 97, 7)).isEqualTo("1234567");
        assertThat(field(h, 104, 17)).isBlank().hasSize(17);
    }

    @Test
    void halfWidthKatakanaIsOneByteEachInMs932() {
        byte[] h = records(example()).get(0);
        // "(ｶ)" = 0x28 0xB6 0x29
        assertThat(Arrays.copyOfRange(h, 14, 17)).containsExactly(0x28, 0xB6, 0x29);
    }

    @Test
    void dataRecordLayout() {
        List<byte[]> records = records(example());
        byte[] d = records.get(1);
        assertThat(field(d, 1, 1)).isEqualTo("2");
        assertThat(field(d, 2, 4)).isEqualTo("0131");
        assertThat(field(d, 6, 15)).isEqualTo(" ".repeat(15));
        assertThat(field(d, 21, 3)).isEqualTo("001");
        assertThat(field(d, 24, 15)).isEqualTo(" ".repeat(15));
        assertThat(field(d, 39, 4)).isEqualTo("    ");
        assertThat(field(d, 43, 1)).isEqualTo("2");
        assertThat(field(d, 44, 7)).isEqualTo("7654321");
        assertThat(field(d, 51, 30)).isEqualTo("(ｶ)ﾐﾄｼｻﾞｲ" + " ".repeat(21));
        assertThat(field(d, 81, 10)).isEqualTo("0003000000");
        assertThat(field(d, 91, 1)).isEqualTo("0");
        assertThat(field(d, 92, 10)).isBlank();
        assertThat(field(d, 102, 10)).isBlank();
        assertThat(field(d, 112, 1)).isEqualTo("7");
        assertThat(field(d, 113, 1)).isEqualTo(" ");
        assertThat(field(d, 114, 7)).isEqualTo(" ".repeat(7));
        byte[] second = records.get(2);
        assertThat(field(second, 2, 4)).isEqualTo("0005");
        assertThat(field(second, 6, 15)).isEqualTo("ﾐﾂﾋﾞｼUFJ" + " ".repeat(7));
        assertThat(field(second, 43, 1)).isEqualTo("1");
        assertThat(field(second, 81, 10)).isEqualTo("0001250000");
    }

    @Test
    void trailerRecordCarriesCountAndTotal() {
        byte[] t = records(example()).get(3);
        assertThat(field(t, 1, 1)).isEqualTo("8");
        assertThat(field(t, 2, 6)).isEqualTo("000002");
        assertThat(field(t, 8, 12)).isEqualTo("000004250000");
        assertThat(field(t, 20, 101)).isEqualTo(" ".repeat(101));
    }

    @Test
    void endRecordIsNineAndSpaces() {
        byte[] e = records(example()).get(4);
        assertThat(field(e, 1, 1)).isEqualTo("9");
        assertThat(field(e, 2, 119)).isEqualTo(" ".repeat(119));
    }

    @Test
    void oneGroupPerPayingAccountAndOneEndRecord() {
        byte[] file = ZenginTransferFile.build(List.of(
                new ZenginTransferFile.Group("0000000000", PAYER, LocalDate.of(2026, 12, 1),
                        List.of(new ZenginTransferFile.Transfer(SUPPLIER, 1))),
                new ZenginTransferFile.Group("0000000000", WORKERS, LocalDate.of(2026, 12, 1),
                        List.of(new ZenginTransferFile.Transfer(SUPPLIER, 2)))));
        assertThat(records(file)).extracting(r -> (char) r[0]).containsExactly('1', '2', '8', '1', '2', '8', '9');
    }

    @Test
    void namesOutsideTheZenginCharacterSetOrTooLongAreRefused() {
        assertThat(ZenginText.isValid("ｶ)ﾐﾄｼｻﾞｲ", 30)).isTrue();
        assertThat(ZenginText.isValid("カ)ミトシザイ", 30)).as("full-width katakana").isFalse();
        assertThat(ZenginText.isValid("ｷﾔﾂﾄ", 30)).isTrue();
        assertThat(ZenginText.isValid("ｷｬｯﾄ", 30)).as("small kana").isFalse();
        assertThat(ZenginText.isValid("abc", 30)).as("lower case").isFalse();
        assertThat(ZenginText.isValid("ｱ".repeat(31), 30)).isFalse();
        BankAccount tooLong = new BankAccount("0131", null, "001", null, AccountType.ORDINARY, "1234567",
                "ｱ".repeat(31));
        assertThatThrownBy(() -> ZenginTransferFile.build(List.of(new ZenginTransferFile.Group("0", PAYER,
                LocalDate.of(2026, 12, 1), List.of(new ZenginTransferFile.Transfer(tooLong, 1))))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
