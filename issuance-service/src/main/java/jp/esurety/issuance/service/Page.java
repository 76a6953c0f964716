package jp.esurety.issuance.service;

import jp.esurety.issuance.domain.PageSummary;

import java.util.List;

/** One page of a list with the total count and the Net Desk paging line. */
public record Page<T>(List<T> items, long total, int page, int size, int pageCount, String summary) {

    public static <T> Page<T> of(List<T> items, long total, int page, int size) {
        return new Page<>(items, total, page, size, PageSummary.pageCount(total, size),
                PageSummary.text(total, page, size));
    }
}
