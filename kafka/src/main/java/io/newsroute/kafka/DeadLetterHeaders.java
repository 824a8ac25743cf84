package io.newsroute.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/** The headers a dead-letter record carries: which stage rejected it, why, and where it came from. */
public final class DeadLetterHeaders {

    public static final String STAGE = "newsroute.error.stage";
    public static final String REASON = "newsroute.error.reason";
    public static final String EXCEPTION = "newsroute.error.exception";
    public static final String SOURCE_TOPIC = "newsroute.source.topic";
    public static final String SOURCE_PARTITION = "newsroute.source.partition";
    public static final String SOURCE_OFFSET = "newsroute.source.offset";

    private DeadLetterHeaders() {}

    /** Adds the error headers to {@code headers}. */
    public static void add(
            Headers headers, String stage, String reason, Throwable error, String topic, int partition, long offset) {
        put(headers, STAGE, stage);
        put(headers, REASON, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
        if (error != null) {
            put(headers, EXCEPTION, error.getClass().getName());
        }
        if (topic != null) {
            put(headers, SOURCE_TOPIC, topic);
            put(headers, SOURCE_PARTITION, Integer.toString(partition));
            put(headers, SOURCE_OFFSET, Long.toString(offset));
        }
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The value of a header as text, or {@code null}. */
    public static String get(Headers headers, String key) {
        var h = headers.lastHeader(key);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
