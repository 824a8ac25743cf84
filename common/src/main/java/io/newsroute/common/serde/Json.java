package io.newsroute.common.serde;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsroute.common.model.EnrichedArticle;

/**
 * The one JSON mapper of the project: ISO-8601 dates, unknown fields ignored (so older readers keep
 * working when a field is added), nulls left out, bounded nesting so hostile input cannot blow the
 * stack, the tag records written by direct calls ({@link TagSerializers}), and the enriched record
 * written as version 2 and read as version 1 or 2 ({@link EnrichedRecords}).
 */
public final class Json {

    /** Deepest JSON nesting accepted on input. */
    public static final int MAX_NESTING_DEPTH = 64;

    private static final ObjectMapper MAPPER = base().addModule(new TagSerializers())
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("newsroute-enriched-v2")
                    .addSerializer(EnrichedArticle.class, new EnrichedRecordWriter())
                    .addDeserializer(EnrichedArticle.class, new EnrichedRecordReader()))
            .build();
    /** Writes the enriched record in the version-1 layout, each mention inline with its text. */
    private static final ObjectMapper EXPANDED =
            base().addModule(new TagSerializers()).build();

    /** The mapper's settings without the direct tag writers: Jackson's bean writer (tests compare the two). */
    public static JsonMapper.Builder base() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }

    static {
        EXPANDED.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build());
        MAPPER.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build());
    }

    private Json() {}

    /**
     * The same settings, but {@link io.newsroute.common.model.EnrichedArticle} written in the
     * version-1 layout (mentions inline, with their text) and read as version 1 only: for
     * {@link EnrichedRecords#expandedJson} and tests.
     */
    static ObjectMapper expandedMapper() {
        return EXPANDED;
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
