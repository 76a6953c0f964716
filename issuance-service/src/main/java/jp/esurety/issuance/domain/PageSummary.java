package jp.esurety.issuance.domain;

/** The Net Desk paging line: 「全1ページ(8件)中の1ページ目を表示しています」. */
public final class PageSummary {

    private PageSummary() {
    }

    public static int pageCount(long total, int size) {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public static String text(long total, int page, int size) {
        return "全" + pageCount(total, size) + "ページ(" + total + "件)中の" + page + "ページ目を表示しています";
    }
}
