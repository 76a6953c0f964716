package jp.esurety.issuance.domain.funds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

/**
 * 全銀協 総合振込 (Zengin general transfer) file: fixed-length records of 120 bytes in MS932 (Shift_JIS), each ended by
 * CRLF. Per paying account one group of header (データ区分 1), data records (2, one per transfer) and trailer (8); one
 * end record (9) closes the file. The layout field by field is in docs/funds.md.
 */
public final class ZenginTransferFile {

    public static final Charset MS932 = Charset.forName("MS932");
    public static final int RECORD_LENGTH = 120;
    private static final byte[] CRLF = {'\r', '\n'};
    /** 種別コード 21 = 総合振込. */
    private static final String KIND_GENERAL_TRANSFER = "21";
    private static final long MAX_AMOUNT = 9_999_999_999L;

    /** One transfer to a payee. */
    public record Transfer(BankAccount payee, long amount) {
    }

    /**
     * Transfers from one account (the contractor's 前払金専用口座) on {@code transferDate}; {@code requesterCode} is the
     * 振込依頼人コード (10 digits) the bank assigned to that account holder.
     */
    public record Group(String requesterCode, BankAccount payer, LocalDate transferDate, List<Transfer> transfers) {
    }

    private ZenginTransferFile() {
    }

    public static byte[] build(List<Group> groups) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Group g : groups) {
            write(out, header(g));
            long total = 0;
            for (Transfer t : g.transfers()) {
                write(out, data(t));
                total += t.amount();
            }
            write(out, trailer(g.transfers().size(), total));
        }
        write(out, new Record().alnum("9", 1).alnum("", 119));
        return out.toByteArray();
    }

    static Record header(Group g) {
        BankAccount p = g.payer();
        return new Record()
                .alnum("1", 1)                                   // データ区分
                .alnum(KIND_GENERAL_TRANSFER, 2)                 // 種別コード
                .alnum("0", 1)                                   // コード区分 0 = SJIS/JIS
                .num(g.requesterCode(), 10)                      // 振込依頼人コード
                .alnum(p.holderKana(), 40)                       // 振込依頼人名
                .num(String.format("%02d%02d", g.transferDate().getMonthValue(), g.transferDate().getDayOfMonth()), 4) // 取組日 MMDD
                .num(p.bankCode(), 4)                            // 仕向銀行番号
                .alnum(p.bankNameKana(), 15)                     // 仕向銀行名
                .num(p.branchCode(), 3)                          // 仕向支店番号
                .alnum(p.branchNameKana(), 15)                   // 仕向支店名
                .num(String.valueOf(p.accountType().zenginCode()), 1) // 預金種目 (依頼人)
                .num(p.accountNumber(), 7)                       // 口座番号 (依頼人)
                .alnum("", 17);                                  // ダミー
    }

    static Record data(Transfer t) {
        BankAccount a = t.payee();
        if (t.amount() < 1 || t.amount() > MAX_AMOUNT) {
            throw new IllegalArgumentException("transfer amount out of range: " + t.amount());
        }
        return new Record()
                .alnum("2", 1)                                   // データ区分
                .num(a.bankCode(), 4)                            // 被仕向銀行番号
                .alnum(a.bankNameKana(), 15)                     // 被仕向銀行名
                .num(a.branchCode(), 3)                          // 被仕向支店番号
                .alnum(a.branchNameKana(), 15)                   // 被仕向支店名
                .alnum("", 4)                                    // 手形交換所番号 (unused)
                .num(String.valueOf(a.accountType().zenginCode()), 1) // 預金種目
                .num(a.accountNumber(), 7)                       // 口座番号
                .alnum(a.holderKana(), 30)                       // 受取人名
                .num(String.valueOf(t.amount()), 10)             // 振込金額
                .alnum("0", 1)                                   // 新規コード 0 = その他
                .alnum("", 10)                                   // 顧客コード1
                .alnum("", 10)                                   // 顧客コード2
                .alnum("7", 1)                                   // 振込指定区分 7 = テレ振込
                .alnum("", 1)                                    // 識別表示
                .alnum("", 7);                                   // ダミー
    }

    static Record trailer(int count, long total) {
        return new Record()
                .alnum("8", 1)                                   // データ区分
                .num(String.valueOf(count), 6)                   // 合計件数
                .num(String.valueOf(total), 12)                  // 合計金額
                .alnum("", 101);                                 // ダミー
    }

    private static void write(ByteArrayOutputStream out, Record r) {
        byte[] bytes = r.bytes();
        if (bytes.length != RECORD_LENGTH) {
            throw new IllegalStateException("Zengin record of " + bytes.length + " bytes");
        }
        out.writeBytes(bytes);
        out.writeBytes(CRLF);
    }

    /** A record being assembled: numeric fields right-aligned with zeros, others left-aligned with spaces. */
    static final class Record {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(RECORD_LENGTH);

        Record num(String digits, int length) {
            if (digits == null || !digits.matches("[0-9]*") || digits.length() > length) {
                throw new IllegalArgumentException("numeric field of " + length + " digits: " + digits);
            }
            bytes.writeBytes(("0".repeat(length - digits.length()) + digits).getBytes(MS932));
            return this;
        }

        Record alnum(String text, int length) {
            String t = text == null ? "" : text;
            if (!ZenginText.isZenginCharacters(t)) {
                throw new IllegalArgumentException("not in the Zengin character set: " + t);
            }
            byte[] encoded = t.getBytes(MS932);
            if (encoded.length > length) {
                throw new IllegalArgumentException("field of " + length + " bytes: " + t);
            }
            bytes.writeBytes(encoded);
            bytes.writeBytes(" ".repeat(length - encoded.length).getBytes(MS932));
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
