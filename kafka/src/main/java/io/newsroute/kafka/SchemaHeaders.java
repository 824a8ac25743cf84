package io.newsroute.kafka;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The schema header of an enriched record, {@value #SCHEMA}: the version of the JSON layout of the
 * value, as ASCII digits ({@code 2}). The enrich step writes it on every record of
 * {@code news.articles.enriched}; the router forwards it with the record to the country topics. A
 * reader may use it to choose a parser without looking into the value; the value's own
 * {@code schemaVersion} field says the same (absent in version 1, which had no header either).
 */
public final class SchemaHeaders {

    /** The header name. */
    public static final String SCHEMA = "newsroute.schema";

    private SchemaHeaders() {}

    /** Replaces any {@value #SCHEMA} header in {@code headers} with {@code version}. */
    public static void put(Headers headers, int version) {
        headers.remove(SCHEMA);
        headers.add(SCHEMA, Integer.toString(version).getBytes(StandardCharsets.US_ASCII));
    }

    /** The version in the last {@value #SCHEMA} header; empty when there is none or it is not a positive number. */
    public static OptionalInt version(Headers headers) {
        Header h = headers.lastHeader(SCHEMA);
        if (h == null || h.value() == null || h.value().length == 0 || h.value().length > 9) {
            return OptionalInt.empty();
        }
        int v = 0;
        for (byte b : h.value()) {
            if (b < '0' || b > '9') {
                return OptionalInt.empty();
            }
            v = v * 10 + (b - '0');
        }
        return v > 0 ? OptionalInt.of(v) : OptionalInt.empty();
    }
}
