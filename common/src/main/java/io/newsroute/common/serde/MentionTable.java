package io.newsroute.common.serde;

import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentions of one enriched article, each once: what record version 2 stores in its
 * {@code mentions} array and what the countries' {@code mentions} and the themes' {@code evidence}
 * point into by index. A mention is a place ({@code field}, {@code start}, {@code end}); its text is
 * that slice of the field, so it is not kept. In order of the field (title, subtitle, body), then of
 * position. Reads an {@link EnrichedArticle}, writes nothing.
 */
public final class MentionTable {

    /** The fields a mention may point into, in the order the table lists them. */
    static final List<String> FIELDS = List.of("title", "subtitle", "body");

    /** A place in the article, without its text. */
    record Span(String field, int start, int end) {}

    private static final Comparator<Span> ORDER = Comparator.comparingInt((Span s) -> fieldRank(s.field()))
            .thenComparingInt(Span::start)
            .thenComparingInt(Span::end);

    private final List<Span> spans;
    private final Map<Span, Integer> index;

    private MentionTable(List<Span> spans) {
        this.spans = List.copyOf(spans);
        this.index = new HashMap<>(spans.size() * 2);
        for (int i = 0; i < spans.size(); i++) {
            index.put(spans.get(i), i);
        }
    }

    /** The distinct mentions of {@code a}'s countries and themes. */
    public static MentionTable of(EnrichedArticle a) {
        Map<Span, Boolean> seen = new HashMap<>();
        for (CountryTag c : a.countries()) {
            c.mentions().forEach(m -> seen.put(span(m), Boolean.TRUE));
        }
        for (ThemeTag t : a.themes()) {
            t.evidence().forEach(m -> seen.put(span(m), Boolean.TRUE));
        }
        List<Span> spans = new ArrayList<>(seen.keySet());
        spans.sort(ORDER);
        return new MentionTable(spans);
    }

    /** How many distinct mentions there are. */
    public int size() {
        return spans.size();
    }

    List<Span> spans() {
        return spans;
    }

    /** The index of {@code m} in the table; {@code m} must be a mention of the article the table was made of. */
    int indexOf(Mention m) {
        return index.get(span(m));
    }

    private static Span span(Mention m) {
        return new Span(m.field(), m.start(), m.end());
    }

    /** 0, 1, 2 for title, subtitle, body; 3 for anything else. */
    static int fieldRank(String field) {
        int i = field == null ? -1 : FIELDS.indexOf(field);
        return i < 0 ? FIELDS.size() : i;
    }
}
