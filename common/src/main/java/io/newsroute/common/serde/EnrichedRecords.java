package io.newsroute.common.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsroute.common.model.EnrichedArticle;
import java.io.UncheckedIOException;

/**
 * The enriched record's versions. {@link Json} (so every Kafka serde of {@code EnrichedArticle}) writes
 * version {@value #SCHEMA_VERSION} and reads versions 1 and 2 into the same {@link EnrichedArticle},
 * mentions with their text. {@link #expandedJson} writes the version-1 layout for a person or a
 * version-1 reader: every mention inline, with its text. Reads and writes nothing on its own.
 */
public final class EnrichedRecords {

    /** The version written: the value's {@code schemaVersion} and the {@code newsroute.schema} header. */
    public static final int SCHEMA_VERSION = 2;

    private static final ObjectWriter EXPANDED = Json.expandedMapper().writerFor(EnrichedArticle.class);

    private EnrichedRecords() {}

    /**
     * {@code a} as one line of JSON in the version-1 layout (no {@code schemaVersion}; each country's
     * {@code mentions} and each theme's {@code evidence} as {@code {text, field, start, end}} objects).
     */
    public static String expandedJson(EnrichedArticle a) {
        try {
            return EXPANDED.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the enriched article " + a.id() + " as JSON", e);
        }
    }

    /** The text of the field a mention names ({@code title}, {@code subtitle}, {@code body}), or {@code null}. */
    static String field(String title, String subtitle, String body, String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "title" -> title;
            case "subtitle" -> subtitle;
            case "body" -> body;
            default -> null;
        };
    }
}
