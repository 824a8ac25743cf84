package io.newsroute.enrich.trends;

/**
 * One country's article count over a span, with the span before for comparison.
 *
 * @param code     ISO 3166-1 alpha-2 code
 * @param name     English short name
 * @param count    articles routed to it in the span
 * @param previous articles in the span just before, or {@code null} when that span is not all kept
 *                 (it reaches past the retention)
 */
public record CountryTrend(String code, String name, long count, Long previous) {

    /** {@code count - previous}, or {@code null} when the span before is unknown. */
    public Long change() {
        return previous == null ? null : count - previous;
    }
}
