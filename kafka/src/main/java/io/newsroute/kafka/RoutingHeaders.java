package io.newsroute.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The routing header of an enriched record, {@value #COUNTRIES}: the ISO 3166-1 alpha-2 codes of the
 * article's countries, upper case, comma-separated, in ASCII, in the order of the record's
 * {@code countries} ({@code LA,JP,CN}; an empty value when the article has no countries).
 *
 * <p>The enrich step writes it on every record of {@code news.articles.enriched}, replacing any
 * header of that name the input carried; the router reads it to choose the country topics without
 * parsing the JSON value. A reader treats a missing header, or one whose value is not such a list,
 * as absent and falls back to the value's {@code countries[].code}.
 */
public final class RoutingHeaders {

    /** The header name. */
    public static final String COUNTRIES = "newsroute.countries";

    private RoutingHeaders() {}

    /**
     * Replaces any {@value #COUNTRIES} header in {@code headers} with one listing {@code codes}, in
     * order. A code that is not two upper-case ASCII letters cannot name a country topic and is left
     * out, as the router would ignore it in the JSON value too.
     */
    public static void putCountries(Headers headers, List<String> codes) {
        StringBuilder value = new StringBuilder(codes.size() * 3);
        for (String code : codes) {
            if (isCode(code)) {
                if (!value.isEmpty()) {
                    value.append(',');
                }
                value.append(code);
            }
        }
        headers.remove(COUNTRIES);
        headers.add(COUNTRIES, value.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The country codes of the last {@value #COUNTRIES} header, in order; empty when there is no
     * such header or its value is not a comma-separated list of two-letter A-Z codes.
     */
    public static Optional<List<String>> countries(Headers headers) {
        Header h = headers.lastHeader(COUNTRIES);
        if (h == null || h.value() == null) {
            return Optional.empty();
        }
        byte[] v = h.value();
        if (v.length == 0) {
            return Optional.of(List.of());
        }
        if ((v.length + 1) % 3 != 0) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>((v.length + 1) / 3);
        for (int i = 0; i < v.length; i += 3) {
            if (!isLetter(v[i]) || !isLetter(v[i + 1]) || (i + 2 < v.length && v[i + 2] != ',')) {
                return Optional.empty();
            }
            codes.add(new String(v, i, 2, StandardCharsets.US_ASCII));
        }
        return Optional.of(List.copyOf(codes));
    }

    private static boolean isCode(String s) {
        return s != null && s.length() == 2 && isLetter(s.charAt(0)) && isLetter(s.charAt(1));
    }

    private static boolean isLetter(int c) {
        return c >= 'A' && c <= 'Z';
    }
}
