package io.newsroute.app.web;

import io.newsroute.common.model.CountryCodes;
import io.newsroute.enrich.trends.CountryTrend;
import io.newsroute.enrich.trends.LatestArticle;
import io.newsroute.enrich.trends.ThemeCounts;
import io.newsroute.enrich.trends.TrendsQueries;
import io.newsroute.tagger.themes.IptcTopic;
import io.newsroute.tagger.themes.IptcVocabulary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON answers of the trends API, from the trends stores ({@link TrendsQueries}): countries ranked
 * over a span with the change against the span before, one country's series, top themes and latest
 * articles. Each method returns a value for Jackson, or throws {@link BadRequest}.
 */
final class TrendsApi {

    /** A request the API cannot answer as asked: 400 with the message. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    private final TrendsQueries queries;
    private final Clock clock;
    private final Duration retention;

    TrendsApi(TrendsQueries queries, Clock clock, Duration retention) {
        this.queries = queries;
        this.clock = clock;
        this.retention = retention;
    }

    Duration span(Query q, String name, String fallback) {
        String v = q.first(name, fallback);
        Duration d;
        try {
            d = Duration.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be an ISO-8601 duration such as PT1H, P1D or P7D, not '" + v + "'");
        }
        if (d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(retention) > 0) {
            throw new BadRequest(name + " must be between PT1M and the retention, " + retention);
        }
        return d;
    }

    static String country(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        if (!CountryCodes.isValid(c)) {
            throw new BadRequest("not an ISO 3166-1 alpha-2 country code: '" + code + "'");
        }
        return c;
    }

    Map<String, Object> countries(Query q) {
        Duration since = span(q, "since", "P1D");
        Instant now = clock.instant();
        List<Map<String, Object>> rows = new ArrayList<>();
        long total = 0;
        for (CountryTrend t : queries.ranked(now, since)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", t.code());
            row.put("name", t.name());
            row.put("count", t.count());
            row.put("previous", t.previous());
            row.put("change", t.change());
            rows.add(row);
            total += t.count();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("since", q.first("since", "P1D"));
        m.put("now", now.toString());
        m.put("total", total);
        m.put("countries", rows);
        return m;
    }

    Map<String, Object> series(String code, Query q) {
        String cc = country(code);
        Duration since = span(q, "since", "P1D");
        Duration step = q.all("step").isEmpty() ? defaultStep(since) : span(q, "step", "PT1M");
        List<Map<String, Object>> points = new ArrayList<>();
        queries.series(cc, clock.instant(), since, step).forEach((t, n) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("t", t);
            p.put("count", n);
            points.add(p);
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", cc);
        m.put("since", q.first("since", "P1D"));
        m.put("step", q.first("step", step.toString()));
        m.put("points", points);
        return m;
    }

    /** About 60 to 170 points whatever the span: a minute for an hour, 10 minutes for a day, an hour for a week. */
    static Duration defaultStep(Duration since) {
        long minutes = since.toMinutes();
        if (minutes <= 180) {
            return Duration.ofMinutes(1);
        }
        if (minutes <= 1440) {
            return Duration.ofMinutes(10);
        }
        return Duration.ofHours(1);
    }

    Map<String, Object> themes(String code, Query q) {
        String cc = country(code);
        Duration since = span(q, "since", "P1D");
        ThemeCounts counts = queries.themes(cc, clock.instant(), since);
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.byTop().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("code", e.getKey());
                    row.put("label", label(e.getKey()));
                    row.put("count", e.getValue());
                    rows.add(row);
                });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", cc);
        m.put("since", q.first("since", "P1D"));
        m.put("themes", rows);
        return m;
    }

    static String label(String qcode) {
        return IptcVocabulary.bundled().byCode(qcode).map(IptcTopic::label).orElse(qcode);
    }

    Map<String, Object> latest(String code) {
        String cc = country(code);
        List<LatestArticle> articles = queries.latest(cc).articles();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", cc);
        m.put("articles", articles);
        return m;
    }

    /** The IPTC top levels, for the page's theme filter. */
    static List<Map<String, String>> topLevels() {
        List<Map<String, String>> l = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String code = String.format(Locale.ROOT, "medtop:%02d000000", i);
            IptcVocabulary.bundled()
                    .byCode(code)
                    .filter(t -> !t.retired())
                    .ifPresent(t -> l.add(Map.of("code", t.code(), "label", t.label())));
        }
        return l;
    }
}
