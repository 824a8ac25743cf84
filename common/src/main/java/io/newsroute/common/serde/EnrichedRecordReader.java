package io.newsroute.common.serde;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an enriched record of either version into one {@link EnrichedArticle}: version 1 (no
 * {@code schemaVersion}; every country mention and theme evidence inline with its text) as it always
 * was, version 2 ({@code schemaVersion: 2}; each mention once in {@code mentions}, referred to by
 * index) with each mention's text filled in from its slice of the title, subtitle or body. A record
 * of another version, an index outside {@code mentions} or a mention outside its field is refused
 * with the reason (the serde turns it into a {@code SerializationException}). Writes nothing.
 */
final class EnrichedRecordReader extends StdDeserializer<EnrichedArticle> {

    /** Version 1, field for field as {@link EnrichedArticle} is (Jackson's record reader). */
    record V1(
            String id,
            String url,
            String source,
            String title,
            String subtitle,
            List<String> authors,
            String published,
            String language,
            String body,
            Instant ingestedAt,
            List<CountryTag> countries,
            List<ThemeTag> themes,
            String taggerVersion) {}

    /** Version 2 as written by {@link EnrichedRecordWriter}. */
    record V2(
            String id,
            String url,
            String source,
            String title,
            String subtitle,
            List<String> authors,
            String published,
            String language,
            String body,
            Instant ingestedAt,
            List<Place> mentions,
            List<CountryRef> countries,
            List<ThemeRef> themes,
            String taggerVersion) {}

    /** A mention of version 2, {@code [field, start, end]}: where, not what. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"field", "start", "end"})
    record Place(String field, int start, int end) {}

    /** A country of version 2. */
    record CountryRef(String code, String name, double relevance, boolean primary, List<Integer> mentions) {}

    /** A theme of version 2. */
    record ThemeRef(String code, String label, String top, double score, List<Integer> evidence) {}

    EnrichedRecordReader() {
        super(EnrichedArticle.class);
    }

    @Override
    public EnrichedArticle deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(
                p); // not the codec's readTree: that checks for trailing tokens, wrong inside a larger value
        if (node == null || !node.isObject()) {
            throw JsonMappingException.from(p, "an enriched record is a JSON object");
        }
        JsonNode version = node.get("schemaVersion");
        if (version == null || version.isNull() || version.isIntegralNumber() && version.asInt() == 1) {
            V1 v = ctxt.readTreeAsValue(node, V1.class);
            return new EnrichedArticle(
                    v.id(),
                    v.url(),
                    v.source(),
                    v.title(),
                    v.subtitle(),
                    v.authors(),
                    v.published(),
                    v.language(),
                    v.body(),
                    v.ingestedAt(),
                    v.countries(),
                    v.themes(),
                    v.taggerVersion());
        }
        if (!version.isIntegralNumber() || version.asInt() != EnrichedRecords.SCHEMA_VERSION) {
            throw JsonMappingException.from(
                    p,
                    "unsupported schemaVersion " + version + " (this reader knows 1 and "
                            + EnrichedRecords.SCHEMA_VERSION + ")");
        }
        return fromV2(ctxt.readTreeAsValue(node, V2.class), p);
    }

    private static EnrichedArticle fromV2(V2 v, JsonParser p) throws JsonMappingException {
        List<Mention> table =
                new ArrayList<>(v.mentions() == null ? 0 : v.mentions().size());
        if (v.mentions() != null) {
            for (Place m : v.mentions()) {
                table.add(mention(v, m, table.size(), p));
            }
        }
        List<CountryTag> countries = new ArrayList<>();
        if (v.countries() != null) {
            for (CountryRef c : v.countries()) {
                countries.add(new CountryTag(
                        c.code(),
                        c.name(),
                        c.relevance(),
                        c.primary(),
                        resolve(c.mentions(), table, "countries " + c.code(), p)));
            }
        }
        List<ThemeTag> themes = new ArrayList<>();
        if (v.themes() != null) {
            for (ThemeRef t : v.themes()) {
                themes.add(new ThemeTag(
                        t.code(),
                        t.label(),
                        t.top(),
                        t.score(),
                        resolve(t.evidence(), table, "themes " + t.code(), p)));
            }
        }
        return new EnrichedArticle(
                v.id(),
                v.url(),
                v.source(),
                v.title(),
                v.subtitle(),
                v.authors(),
                v.published(),
                v.language(),
                v.body(),
                v.ingestedAt(),
                countries,
                themes,
                v.taggerVersion());
    }

    private static Mention mention(V2 v, Place m, int i, JsonParser p) throws JsonMappingException {
        if (m == null) {
            throw JsonMappingException.from(p, "mentions[" + i + "] is null");
        }
        String text = EnrichedRecords.field(v.title(), v.subtitle(), v.body(), m.field());
        if (text == null || m.start() < 0 || m.start() > m.end() || m.end() > text.length()) {
            throw JsonMappingException.from(
                    p,
                    "mentions[" + i + "] (" + m.field() + " " + m.start() + ".." + m.end()
                            + ") is not a slice of the article's title, subtitle or body");
        }
        return new Mention(text.substring(m.start(), m.end()), m.field(), m.start(), m.end());
    }

    private static List<Mention> resolve(List<Integer> refs, List<Mention> table, String where, JsonParser p)
            throws JsonMappingException {
        if (refs == null) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(refs.size());
        for (Integer r : refs) {
            if (r == null || r < 0 || r >= table.size()) {
                throw JsonMappingException.from(p, where + " refers to mention " + r + " of " + table.size());
            }
            out.add(table.get(r));
        }
        return out;
    }
}
