package io.newsroute.enrich.trends;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.Mention;
import io.newsroute.common.model.ThemeTag;
import io.newsroute.enrich.EnrichApp;
import io.newsroute.enrich.EnrichTopology;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.tagger.ArticleEnricher;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrendsTopologyTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final String POLITICS = "medtop:11000000";
    private static final String ECONOMY = "medtop:04000000";
    private static final JsonSerde<EnrichedArticle> ENRICHED = JsonSerde.of(EnrichedArticle.class);

    private NewsrouteConfig config;
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TrendsQueries queries;

    @BeforeEach
    void setUp() throws Exception {
        config = NewsrouteConfig.defaults()
                .with(Map.of(
                        NewsrouteConfig.TRENDS_LATEST_SIZE,
                        "3",
                        "streams.state.dir",
                        Files.createTempDirectory("trends-test").toString()));
        driver = new TopologyTestDriver(TrendsTopology.build(config), TrendsApp.streamsProperties(config));
        enriched = driver.createInputTopic(config.topics().enriched(), new StringSerializer(), ENRICHED.serializer());
        queries = new TrendsQueries(
                () -> driver.getWindowStore(TrendsTopology.COUNTS_STORE),
                () -> driver.getWindowStore(TrendsTopology.THEME_COUNTS_STORE),
                () -> driver.getKeyValueStore(TrendsTopology.LATEST_STORE),
                Duration.ofDays(7));
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    static EnrichedArticle article(String id, List<String> countries, String... tops) {
        List<CountryTag> c = countries.stream()
                .map(code -> new CountryTag(code, code, 0.9, true, List.of(new Mention(code, "body", 0, 2))))
                .toList();
        List<ThemeTag> t = Arrays.stream(tops)
                .map(top -> new ThemeTag(top, "label", top, 0.8, List.of()))
                .toList();
        return new EnrichedArticle(
                id, null, "test", "Title " + id, null, List.of(), null, "en", "Body of " + id, T0, c, t, "test");
    }

    private void send(EnrichedArticle a, Instant at) {
        enriched.pipeInput(a.id(), a, at);
    }

    private Map<String, Long> minute(Instant start) {
        return queries.countsByCountry(
                start.toEpochMilli(), start.plusSeconds(60).toEpochMilli());
    }

    @Test
    void shouldCountEachRoutedCountryOfAnArticleOncePerMinute() {
        send(article("a1", List.of("LA", "JP")), T0.plusSeconds(5));
        send(article("a2", List.of("JP", "JP")), T0.plusSeconds(50));
        send(article("a3", List.of("JP")), T0.plusSeconds(65));
        send(article("a4", List.of()), T0.plusSeconds(66));
        send(article("a5", List.of("ZZ", "la")), T0.plusSeconds(67)); // not ISO codes: never routed, not counted

        assertThat(minute(T0)).containsOnly(Map.entry("LA", 1L), Map.entry("JP", 2L));
        assertThat(minute(T0.plusSeconds(60))).containsOnly(Map.entry("JP", 1L));
    }

    @Test
    void shouldCountPerCountryAndIptcTopLevelEachTopLevelOncePerArticle() {
        EnrichedArticle a = article("a1", List.of("JP"), POLITICS, POLITICS, ECONOMY);
        send(a, T0.plusSeconds(1));
        send(article("a2", List.of("JP", "LA"), POLITICS), T0.plusSeconds(2));

        assertThat(queries.themes("JP", T0.plusSeconds(30), Duration.ofHours(1)).byTop())
                .containsOnly(Map.entry(POLITICS, 2L), Map.entry(ECONOMY, 1L));
        assertThat(queries.themes("LA", T0.plusSeconds(30), Duration.ofHours(1)).byTop())
                .containsOnly(Map.entry(POLITICS, 1L));
    }

    @Test
    void shouldCountALateRecordWithinGraceInItsOwnWindowAndDropOneLaterThanGrace() {
        send(article("a1", List.of("JP")), T0.plusSeconds(10));
        send(article("a2", List.of("JP")), T0.plusSeconds(150)); // stream time 10:02:30
        send(article("late", List.of("JP")), T0.plusSeconds(20)); // window 10:00 closes at 10:01 + grace PT2M = 10:03
        send(article("a3", List.of("LA")), T0.plusSeconds(200)); // stream time 10:03:20: window 10:00 closed
        send(article("too-late", List.of("JP")), T0.plusSeconds(30));

        assertThat(minute(T0)).containsOnly(Map.entry("JP", 2L));
        assertThat(minute(T0.plusSeconds(120))).containsOnly(Map.entry("JP", 1L));
    }

    @Test
    void shouldKeepTheLatestArticlesPerCountryNewestFirstAndBounded() {
        for (int i = 1; i <= 5; i++) {
            send(article("a" + i, List.of("JP")), T0.plusSeconds(i));
        }
        send(article("old", List.of("JP")), T0); // older than all three kept: not kept
        send(article("a4", List.of("JP")), T0.plusSeconds(4)); // the same id again replaces, never doubles

        assertThat(queries.latest("JP").articles())
                .extracting(l -> l.article().id())
                .containsExactly("a5", "a4", "a3");
        assertThat(queries.latest("JP").articles().get(0).timestamp())
                .isEqualTo(T0.plusSeconds(5).toEpochMilli());
        assertThat(queries.latest("LA").articles()).isEmpty();
    }

    @Test
    void shouldKeepAnExcerptWithOnlyTheEvidenceInsideIt() {
        String body = "Tokyo word ".repeat(200) + "Japan";
        CountryTag jp = new CountryTag(
                "JP",
                "Japan",
                0.9,
                true,
                List.of(
                        new Mention("Tokyo", "body", 0, 5),
                        new Mention("Japan", "body", body.length() - 5, body.length()),
                        new Mention("Japan", "title", 0, 5)));
        EnrichedArticle a = new EnrichedArticle(
                "long", null, "s", "Japan", null, List.of(), null, "en", body, T0, List.of(jp), List.of(), "test");
        send(a, T0);

        EnrichedArticle kept = queries.latest("JP").articles().get(0).article();
        assertThat(kept.body().length()).isLessThanOrEqualTo(TrendsTopology.EXCERPT_CHARS + 2);
        assertThat(kept.countries().get(0).mentions())
                .extracting(Mention::field)
                .containsExactly("body", "title");
    }

    @Test
    void shouldRankCountriesOverASpanWithTheChangeAgainstTheSpanBefore() {
        Instant now = T0.plus(Duration.ofHours(2)).plusSeconds(30);
        send(article("old1", List.of("LA")), now.minus(Duration.ofMinutes(90))); // the hour before
        send(article("old2", List.of("LA")), now.minus(Duration.ofMinutes(80)));
        send(article("old3", List.of("JP")), now.minus(Duration.ofMinutes(70)));
        send(article("n1", List.of("JP")), now.minus(Duration.ofMinutes(50)));
        send(article("n2", List.of("JP", "LA")), now.minus(Duration.ofMinutes(10)));
        send(article("n3", List.of("JP")), now);

        List<CountryTrend> ranked = queries.ranked(now, Duration.ofHours(1));
        assertThat(ranked)
                .containsExactly(new CountryTrend("JP", "Japan", 3, 1L), new CountryTrend("LA", "Laos", 1, 2L));
        assertThat(ranked.get(1).change()).isEqualTo(-1L);
        assertThat(queries.ranked(now, Duration.ofDays(7)).get(0).previous())
                .as("the week before is past the retention")
                .isNull();
        assertThat(queries.ranked(now, Duration.ofDays(1)))
                .extracting(CountryTrend::count)
                .containsExactly(4L, 3L);
    }

    @Test
    void shouldGiveACountrysSeriesWithEveryBucketPresent() {
        Instant now = T0.plusSeconds(4 * 60 + 10);
        send(article("a1", List.of("JP")), T0.plusSeconds(1));
        send(article("a2", List.of("JP")), T0.plusSeconds(61));
        send(article("a3", List.of("JP")), T0.plusSeconds(62));
        send(article("a4", List.of("JP")), now);

        Map<Long, Long> perMinute = queries.series("JP", now, Duration.ofMinutes(5), Duration.ofMinutes(1));
        assertThat(perMinute.values()).containsExactly(1L, 2L, 0L, 0L, 1L);
        assertThat(perMinute.keySet().iterator().next()).isEqualTo(T0.toEpochMilli());
        Map<Long, Long> perTwo = queries.series("JP", now, Duration.ofMinutes(5), Duration.ofMinutes(2));
        assertThat(perTwo.values()).containsExactly(3L, 0L, 1L);
    }

    @Test
    void shouldNameEveryStoreAndInternalTopic() {
        TopologyDescription d = TrendsTopology.build(config).describe();
        assertThat(d.toString())
                .contains(
                        TrendsTopology.COUNTS_STORE,
                        TrendsTopology.THEME_COUNTS_STORE,
                        TrendsTopology.LATEST_STORE,
                        "by-country-repartition",
                        "key-by-country",
                        "keep-latest-per-country");
        assertThat(d.toString()).doesNotContain("KSTREAM-", "KTABLE-");
    }

    /** Raw → enrich (with its dedup step) → enriched → trends: an article published twice counts once. */
    @Test
    void shouldNotCountARepeatThatTheDedupStepDrops() throws Exception {
        ArticleEnricher tagger = a ->
                EnrichedArticle.of(a, List.of(new CountryTag("JP", "Japan", 0.9, true, List.of())), List.of(), "test");
        NewsrouteConfig enrichConfig = config.with(
                "streams.state.dir", Files.createTempDirectory("enrich-test").toString());
        Properties props = EnrichApp.streamsProperties(enrichConfig);
        try (TopologyTestDriver enrich = new TopologyTestDriver(EnrichTopology.build(enrichConfig, tagger), props)) {
            TestInputTopic<String, byte[]> raw =
                    enrich.createInputTopic(config.topics().raw(), new StringSerializer(), new ByteArraySerializer());
            TestOutputTopic<String, byte[]> out = enrich.createOutputTopic(
                    config.topics().enriched(), new StringDeserializer(), new ByteArrayDeserializer());
            Article a = new Article("same", null, "t", "Title", null, List.of(), null, "en", "Body", T0);
            byte[] json = JsonSerde.of(Article.class).serialize(null, a);
            raw.pipeInput("same", json, T0.plusSeconds(1));
            raw.pipeInput("same", json, T0.plusSeconds(2));
            raw.pipeInput("same", json, T0.plusSeconds(70));
            for (TestRecord<String, byte[]> r : out.readRecordsToList()) {
                enriched.pipeInput(r.key(), ENRICHED.deserialize(null, r.value()), r.timestamp());
            }
        }
        assertThat(queries.countsByCountry(
                        T0.toEpochMilli(), T0.plusSeconds(180).toEpochMilli()))
                .containsOnly(Map.entry("JP", 1L));
        assertThat(queries.latest("JP").articles()).hasSize(1);
    }

    @Test
    void shouldRefuseARetentionShorterThanAWindowAndItsGrace() {
        NewsrouteConfig bad = config.with(NewsrouteConfig.TRENDS_RETENTION, "PT2M");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrendsTopology.build(bad))
                .hasMessageContaining("trends.retention");
    }
}
