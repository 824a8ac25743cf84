package io.newsroute.common.serde;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import java.io.IOException;
import java.util.List;

/**
 * Writes an {@link EnrichedArticle} as record version 2 ({@code docs/enriched-article.schema.json}):
 * {@code schemaVersion}, the article's fields, each mention once in {@code mentions} as
 * {@code [field, start, end]} (no text: it is that slice of the field), and the countries' mentions and
 * the themes' evidence as indices into it. Every field is written by a direct call, in a fixed order;
 * null fields are left out, as {@link Json} configures. Reads nothing.
 */
final class EnrichedRecordWriter extends StdSerializer<EnrichedArticle> {

    private static final SerializedString SCHEMA_VERSION = new SerializedString("schemaVersion");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString URL = new SerializedString("url");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString SUBTITLE = new SerializedString("subtitle");
    private static final SerializedString AUTHORS = new SerializedString("authors");
    private static final SerializedString PUBLISHED = new SerializedString("published");
    private static final SerializedString LANGUAGE = new SerializedString("language");
    private static final SerializedString BODY = new SerializedString("body");
    private static final SerializedString INGESTED_AT = new SerializedString("ingestedAt");
    private static final SerializedString MENTIONS = new SerializedString("mentions");
    private static final SerializedString COUNTRIES = new SerializedString("countries");
    private static final SerializedString THEMES = new SerializedString("themes");
    private static final SerializedString TAGGER_VERSION = new SerializedString("taggerVersion");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString RELEVANCE = new SerializedString("relevance");
    private static final SerializedString PRIMARY = new SerializedString("primary");
    private static final SerializedString LABEL = new SerializedString("label");
    private static final SerializedString TOP = new SerializedString("top");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final SerializedString EVIDENCE = new SerializedString("evidence");

    EnrichedRecordWriter() {
        super(EnrichedArticle.class);
    }

    @Override
    public void serialize(EnrichedArticle a, JsonGenerator g, SerializerProvider provider) throws IOException {
        MentionTable table = MentionTable.of(a);
        g.writeStartObject();
        g.writeFieldName(SCHEMA_VERSION);
        g.writeNumber(EnrichedRecords.SCHEMA_VERSION);
        articleFields(a, g);
        g.writeFieldName(MENTIONS);
        g.writeStartArray();
        for (MentionTable.Span s : table.spans()) {
            checkSpan(a, s, g);
            g.writeStartArray();
            g.writeString(s.field());
            g.writeNumber(s.start());
            g.writeNumber(s.end());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeFieldName(COUNTRIES);
        g.writeStartArray();
        for (CountryTag c : a.countries()) {
            country(c, table, g);
        }
        g.writeEndArray();
        g.writeFieldName(THEMES);
        g.writeStartArray();
        for (ThemeTag t : a.themes()) {
            theme(t, table, g);
        }
        g.writeEndArray();
        string(g, TAGGER_VERSION, a.taggerVersion());
        g.writeEndObject();
    }

    private static void articleFields(EnrichedArticle a, JsonGenerator g) throws IOException {
        string(g, ID, a.id());
        string(g, URL, a.url());
        string(g, SOURCE, a.source());
        string(g, TITLE, a.title());
        string(g, SUBTITLE, a.subtitle());
        g.writeFieldName(AUTHORS);
        g.writeStartArray();
        for (String author : a.authors()) {
            g.writeString(author);
        }
        g.writeEndArray();
        string(g, PUBLISHED, a.published());
        string(g, LANGUAGE, a.language());
        string(g, BODY, a.body());
        if (a.ingestedAt() != null) {
            g.writeFieldName(INGESTED_AT);
            g.writeString(a.ingestedAt().toString());
        }
    }

    /** A mention the reader could not slice would make the whole record unreadable: refuse to write it. */
    private static void checkSpan(EnrichedArticle a, MentionTable.Span s, JsonGenerator g) throws JsonMappingException {
        String text = EnrichedRecords.field(a.title(), a.subtitle(), a.body(), s.field());
        if (MentionTable.fieldRank(s.field()) == MentionTable.FIELDS.size()
                || s.start() < 0
                || s.start() > s.end()
                || text == null
                || s.end() > text.length()) {
            throw JsonMappingException.from(
                    g,
                    "mention " + s.field() + " " + s.start() + ".." + s.end()
                            + " is not a slice of the article's title, subtitle or body");
        }
    }

    private static void country(CountryTag c, MentionTable table, JsonGenerator g) throws IOException {
        g.writeStartObject();
        string(g, CODE, c.code());
        string(g, NAME, c.name());
        g.writeFieldName(RELEVANCE);
        g.writeNumber(c.relevance());
        g.writeFieldName(PRIMARY);
        g.writeBoolean(c.primary());
        indices(g, MENTIONS, c.mentions(), table);
        g.writeEndObject();
    }

    private static void theme(ThemeTag t, MentionTable table, JsonGenerator g) throws IOException {
        g.writeStartObject();
        string(g, CODE, t.code());
        string(g, LABEL, t.label());
        string(g, TOP, t.top());
        g.writeFieldName(SCORE);
        g.writeNumber(t.score());
        indices(g, EVIDENCE, t.evidence(), table);
        g.writeEndObject();
    }

    private static void indices(JsonGenerator g, SerializedString name, List<Mention> mentions, MentionTable table)
            throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
        for (int i = 0, n = mentions.size(); i < n; i++) {
            g.writeNumber(table.indexOf(mentions.get(i)));
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, SerializedString name, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeString(value);
        }
    }
}
