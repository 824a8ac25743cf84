package io.newsroute.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.kafka.DeadLetterHeaders;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.kafka.RoutingHeaders;
import io.newsroute.tagger.ArticleEnricher;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final NewsrouteConfig CONFIG =
            NewsrouteConfig.defaults().with(NewsrouteConfig.ARTICLE_MAX_BYTES, "2000");
    private static final Topics TOPICS = CONFIG.topics();
    private static final JsonSerde<Article> ARTICLES = JsonSerde.of(Article.class);
    private static final JsonSerde<EnrichedArticle> ENRICHED = JsonSerde.of(EnrichedArticle.class);

    /** Tags "Japan" as JP, so the tests see the tagger's output pass through unchanged. */
    private static final ArticleEnricher FAKE_TAGGER = a -> EnrichedArticle.of(
            a,
            a.body().contains("Japan") ? List.of(new CountryTag("JP", "Japan", 0.9, true, List.of())) : List.of(),
            List.of(),
            "test");

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, byte[]> enriched;
    private TestOutputTopic<String, byte[]> dlq;

    @BeforeEach
    void setUp() {
        Properties props = EnrichApp.streamsProperties(CONFIG);
        driver = new TopologyTestDriver(EnrichTopology.build(CONFIG, FAKE_TAGGER), props);
        raw = driver.createInputTopic(TOPICS.raw(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(TOPICS.enriched(), new StringDeserializer(), new ByteArrayDeserializer());
        dlq = driver.createOutputTopic(TOPICS.dlq(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private static Article article(String id, String body) {
        return new Article(
                id, null, "test", "A title", null, List.of(), null, "en", body, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static byte[] json(Article a) {
        return ARTICLES.serialize(null, a);
    }

    @Test
    void shouldWriteTaggedArticleToEnrichedTopicUnderItsId() {
        raw.pipeInput("a1", json(article("a1", "Tokyo and Japan agreed.")));

        TestRecord<String, byte[]> out = enriched.readRecord();
        EnrichedArticle e = ENRICHED.deserialize(null, out.value());
        assertThat(out.key()).isEqualTo("a1");
        assertThat(e.id()).isEqualTo("a1");
        assertThat(e.countries()).extracting(CountryTag::code).containsExactly("JP");
        assertThat(e.taggerVersion()).isEqualTo("test");
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void shouldPutTheTaggedCountryCodesInTheRoutingHeaderOfTheEnrichedRecord() {
        raw.pipeInput("a1", json(article("a1", "Tokyo and Japan agreed.")));
        raw.pipeInput("a2", json(article("a2", "Nowhere in particular.")));

        List<TestRecord<String, byte[]>> out = enriched.readRecordsToList();
        assertThat(RoutingHeaders.countries(out.get(0).headers())).contains(List.of("JP"));
        assertThat(RoutingHeaders.countries(out.get(1).headers())).contains(List.of());
    }

    @Test
    void shouldMarkEachEnrichedRecordWithItsSchemaVersion() {
        raw.pipeInput("a1", json(article("a1", "Tokyo and Japan agreed.")));

        TestRecord<String, byte[]> out = enriched.readRecord();
        assertThat(io.newsroute.kafka.SchemaHeaders.version(out.headers())).hasValue(2);
        assertThat(new String(out.value(), StandardCharsets.UTF_8)).startsWith("{\"schemaVersion\":2,");
    }

    @Test
    void shouldReplaceARoutingHeaderForgedOnTheRawRecord() {
        RecordHeaders forged = new RecordHeaders();
        forged.add(RoutingHeaders.COUNTRIES, "KP,RU".getBytes(StandardCharsets.US_ASCII));
        raw.pipeInput(new TestRecord<>("f", json(article("f", "Japan only.")), forged));

        TestRecord<String, byte[]> out = enriched.readRecord();
        assertThat(out.headers().headers(RoutingHeaders.COUNTRIES)).hasSize(1);
        assertThat(RoutingHeaders.countries(out.headers())).contains(List.of("JP"));
    }

    @Test
    void shouldNotPutARoutingHeaderOnADeadLetter() {
        RecordHeaders forged = new RecordHeaders();
        forged.add(RoutingHeaders.COUNTRIES, "JP".getBytes(StandardCharsets.US_ASCII));
        raw.pipeInput(new TestRecord<>("x", "not json".getBytes(StandardCharsets.UTF_8), forged));
        raw.pipeInput("e", json(article("e", "   ")));

        assertThat(dlq.readRecordsToList()).hasSize(2).allSatisfy(dead -> assertThat(
                        dead.headers().lastHeader(RoutingHeaders.COUNTRIES))
                .isNull());
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldSendMalformedJsonToDeadLetterTopicWithStageAndReason() {
        byte[] bad = "{\"id\": \"x\", \"body\": ".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("x", bad);

        TestRecord<String, byte[]> dead = dlq.readRecord();
        assertThat(dead.key()).isEqualTo("x");
        assertThat(dead.value()).isEqualTo(bad);
        assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.STAGE))
                .isEqualTo("enrich");
        assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.REASON))
                .contains("not a valid Article");
        assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.SOURCE_TOPIC))
                .isEqualTo(TOPICS.raw());
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterArticleWithoutBody() {
        raw.pipeInput("e", json(article("e", "   ")));

        assertThat(DeadLetterHeaders.get(dlq.readRecord().headers(), DeadLetterHeaders.REASON))
                .isEqualTo("article has no body");
    }

    @Test
    void shouldDeadLetterRecordOverTheSizeLimit() {
        raw.pipeInput("big", json(article("big", "Japan ".repeat(1000))));

        assertThat(DeadLetterHeaders.get(dlq.readRecord().headers(), DeadLetterHeaders.REASON))
                .startsWith("article too large");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterJsonThatIsNotAnArticle() {
        raw.pipeInput("n", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("t", "{\"id\": {\"nested\": true}, \"body\": \"Japan\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(dlq.readRecordsToList()).hasSize(2);
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepProcessingGoodArticlesAfterBadOnes() {
        raw.pipeInput("g1", json(article("g1", "Japan one")));
        raw.pipeInput("b1", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        raw.pipeInput("b2", (byte[]) null);
        raw.pipeInput("g2", json(article("g2", "Japan two")));

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("g1", "g2");
        assertThat(dlq.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("b1", "b2");
    }

    @Test
    void shouldUseTheRecordKeyWhenTheArticleHasNoId() {
        raw.pipeInput("from-key", json(article(null, "Japan")));

        assertThat(ENRICHED.deserialize(null, enriched.readValue()).id()).isEqualTo("from-key");
    }

    @Test
    void shouldStripControlCharactersFromText() {
        raw.pipeInput("c", json(article("c", "Japan\u001b[2J said\u0007 yes\r\nok")));

        assertThat(ENRICHED.deserialize(null, enriched.readValue()).body()).isEqualTo("Japan[2J said yes\nok");
    }

    @Test
    void shouldDropARepeatedIdWithinTheDedupWindow() {
        raw.pipeInput("d", json(article("d", "Japan first")), Instant.parse("2026-01-01T00:00:00Z"));
        raw.pipeInput("d", json(article("d", "Japan replayed")), Instant.parse("2026-01-01T01:00:00Z"));
        raw.pipeInput("d", json(article("d", "Japan next week")), Instant.parse("2026-01-03T00:00:00Z"));

        assertThat(enriched.readValuesToList())
                .extracting(v -> ENRICHED.deserialize(null, v).body())
                .containsExactly("Japan first", "Japan next week");
    }

    @Test
    void shouldDropARepeatedIdArrivingOutOfOrderWithinTheWindow() {
        raw.pipeInput("o", json(article("o", "Japan late copy")), Instant.parse("2026-01-02T00:00:00Z"));
        raw.pipeInput("o", json(article("o", "Japan earlier copy")), Instant.parse("2026-01-01T12:00:00Z"));

        assertThat(enriched.readValuesToList())
                .extracting(v -> ENRICHED.deserialize(null, v).body())
                .containsExactly("Japan late copy");
    }

    @Test
    void shouldForgetIdsOnceTwoWindowsOfStreamTimeHavePassed() {
        KeyValueStore<String, Long> store = driver.getKeyValueStore(EnrichTopology.SEEN_IDS_STORE);
        raw.pipeInput("old", json(article("old", "Japan old")), Instant.parse("2026-01-01T00:00:00Z"));
        raw.pipeInput("mid", json(article("mid", "Japan mid")), Instant.parse("2026-01-02T12:00:00Z"));
        assertThat(store.get("old")).isNotNull();

        raw.pipeInput("new", json(article("new", "Japan new")), Instant.parse("2026-01-03T06:00:00Z"));

        assertThat(store.get("old")).isNull(); // first seen 54 h before stream time: past two 24 h windows
        assertThat(store.get("mid")).isNotNull();
        assertThat(store.get("new")).isNotNull();
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("old", "mid", "new");
    }

    @Test
    void shouldNameEveryStepOfTheTopology() {
        String description =
                EnrichTopology.build(CONFIG, FAKE_TAGGER).describe().toString();

        assertThat(description)
                .contains(
                        "read-raw-articles",
                        "enrich-article",
                        "write-enriched",
                        "write-dead-letters",
                        "drop-repeated-ids",
                        EnrichTopology.SEEN_IDS_STORE)
                .doesNotContain("KSTREAM-");
    }
}
