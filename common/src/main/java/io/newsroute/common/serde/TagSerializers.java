package io.newsroute.common.serde;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import java.io.IOException;
import java.util.List;

/**
 * Writers for the tag records an enriched article holds dozens of ({@link CountryTag}, {@link ThemeTag}
 * and their {@link Mention}s): each field written by a direct call, where Jackson's bean writer reads
 * every record component by reflection. The JSON is the same as the bean writer's, byte for byte:
 * fields in declaration order, null fields left out (as {@link Json} configures). Reading is left to
 * Jackson.
 */
final class TagSerializers extends SimpleModule {

    TagSerializers() {
        super("newsroute-tags");
        addSerializer(Mention.class, new MentionWriter());
        addSerializer(CountryTag.class, new CountryTagWriter());
        addSerializer(ThemeTag.class, new ThemeTagWriter());
    }

    /** Field names, encoded once. */
    private static final SerializedString TEXT = new SerializedString("text");

    private static final SerializedString FIELD = new SerializedString("field");
    private static final SerializedString START = new SerializedString("start");
    private static final SerializedString END = new SerializedString("end");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString RELEVANCE = new SerializedString("relevance");
    private static final SerializedString PRIMARY = new SerializedString("primary");
    private static final SerializedString MENTIONS = new SerializedString("mentions");
    private static final SerializedString LABEL = new SerializedString("label");
    private static final SerializedString TOP = new SerializedString("top");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final SerializedString EVIDENCE = new SerializedString("evidence");

    private static void stringField(JsonGenerator g, SerializedString name, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeString(value);
        }
    }

    private static void mentions(JsonGenerator g, SerializedString name, List<Mention> mentions) throws IOException {
        if (mentions == null) {
            return;
        }
        g.writeFieldName(name);
        g.writeStartArray();
        for (int i = 0, n = mentions.size(); i < n; i++) {
            MentionWriter.write(mentions.get(i), g);
        }
        g.writeEndArray();
    }

    private static final class MentionWriter extends StdSerializer<Mention> {
        MentionWriter() {
            super(Mention.class);
        }

        @Override
        public void serialize(Mention m, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(m, g);
        }

        static void write(Mention m, JsonGenerator g) throws IOException {
            g.writeStartObject();
            stringField(g, TEXT, m.text());
            stringField(g, FIELD, m.field());
            g.writeFieldName(START);
            g.writeNumber(m.start());
            g.writeFieldName(END);
            g.writeNumber(m.end());
            g.writeEndObject();
        }
    }

    private static final class CountryTagWriter extends StdSerializer<CountryTag> {
        CountryTagWriter() {
            super(CountryTag.class);
        }

        @Override
        public void serialize(CountryTag c, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            stringField(g, CODE, c.code());
            stringField(g, NAME, c.name());
            g.writeFieldName(RELEVANCE);
            g.writeNumber(c.relevance());
            g.writeFieldName(PRIMARY);
            g.writeBoolean(c.primary());
            mentions(g, MENTIONS, c.mentions());
            g.writeEndObject();
        }
    }

    private static final class ThemeTagWriter extends StdSerializer<ThemeTag> {
        ThemeTagWriter() {
            super(ThemeTag.class);
        }

        @Override
        public void serialize(ThemeTag t, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            stringField(g, CODE, t.code());
            stringField(g, LABEL, t.label());
            stringField(g, TOP, t.top());
            g.writeFieldName(SCORE);
            g.writeNumber(t.score());
            mentions(g, EVIDENCE, t.evidence());
            g.writeEndObject();
        }
    }
}
