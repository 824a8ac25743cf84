package io.newsroute.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.app.TestBroker;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.Mention;
import io.newsroute.common.time.Poll;
import io.newsroute.enrich.EnrichTopology;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.ingest.ProducerClients;
import io.newsroute.ingest.generate.ArticleGenerator;
import io.newsroute.kafka.ArrivalLog;
import io.newsroute.kafka.CommittedConsumers;
import io.newsroute.kafka.CommittedTopicReader;
import io.newsroute.kafka.DeadLetterHeaders;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.kafka.TopicCreator;
import io.newsroute.pipeline.PipelineServices;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * Hostile input through the real pipeline (embedded broker, enrich streams app, country router): a
 * generated corpus of over 1,000 bad records interleaved with good articles. Every bad one is
 * dead-lettered with its stage and reason, nothing crashes or restarts, every good one is routed, the
 * enriched text is plain text, and only valid ISO codes ever become topics.
 */
class HostileInputIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(240);
    private final JsonSerde<EnrichedArticle> enrichedSerde = JsonSerde.of(EnrichedArticle.class);

    @Test
    void shouldDeadLetterEveryBadRecordAndRouteEveryGoodOneWithoutACrash() throws Exception {
        NewsrouteConfig config = TestBroker.isolatedConfig("h");
        Topics topics = config.topics();
        List<HostileCorpus.Item> hostile =
                new HostileCorpus(42).build(115, config.getInt(NewsrouteConfig.ARTICLE_MAX_BYTES));
        ArticleGenerator generator = new ArticleGenerator(7, 1500);
        JsonSerde<Article> articleSerde = JsonSerde.of(Article.class);

        Map<String, HostileCorpus.Item> bad = new HashMap<>();
        List<String> goodIds = new ArrayList<>();
        try (PipelineServices services =
                        PipelineServices.start(config, EnrichTopology.build(config), Duration.ofSeconds(90));
                KafkaProducer<String, byte[]> raw = rawProducer(config)) {
            List<Future<?>> sent = new ArrayList<>();
            int g = 0;
            for (HostileCorpus.Item item : hostile) {
                sent.add(raw.send(new ProducerRecord<>(topics.raw(), item.key(), item.value())));
                if (item.bad()) {
                    bad.put(item.key(), item);
                } else {
                    goodIds.add(item.key());
                }
                if (sent.size() % 5 == 0) { // a good article after every few hostile ones
                    Article a = generator.next("good-" + g++);
                    sent.add(raw.send(new ProducerRecord<>(topics.raw(), a.id(), articleSerde.serialize(null, a))));
                    goodIds.add(a.id());
                }
            }
            for (Future<?> f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(bad).hasSizeGreaterThanOrEqualTo(1000);

            ArrivalLog arrivals = readUntilArrived(config, bad.keySet(), goodIds);

            // every bad record: dead-lettered once, by the enrich stage, with a reason; none enriched or routed
            assertThat(arrivals.deadLetters().keySet()).containsExactlyInAnyOrderElementsOf(bad.keySet());
            for (Map.Entry<String, List<Map<String, String>>> e :
                    arrivals.deadLetters().entrySet()) {
                assertThat(e.getValue())
                        .as(
                                "dead letters of %s (%s)",
                                e.getKey(), bad.get(e.getKey()).kind())
                        .hasSize(1);
                Map<String, String> headers = e.getValue().get(0);
                assertThat(headers.get(DeadLetterHeaders.STAGE))
                        .as("stage of %s", e.getKey())
                        .isEqualTo("enrich");
                assertThat(headers.get(DeadLetterHeaders.REASON))
                        .as("reason of %s", e.getKey())
                        .isNotBlank();
                assertThat(headers.get(DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.raw());
            }
            assertThat(arrivals.enriched().keySet()).doesNotContainAnyElementsOf(bad.keySet());
            assertThat(reasonsOf(arrivals, bad, "larger than article.max.bytes"))
                    .allMatch(r -> r.startsWith("article too large"));
            assertThat(reasonsOf(arrivals, bad, "deeply nested JSON")).allMatch(r -> r.contains("nesting depth"));
            assertThat(reasonsOf(arrivals, bad, "markup without text")).allMatch(r -> r.contains("no text"));

            // every good one (hostile-but-valid included): enriched once, plain text, in each tagged country topic once
            for (String id : goodIds) {
                assertThat(arrivals.enrichedCopies(id))
                        .as("enriched copies of %s", id)
                        .isEqualTo(1);
                EnrichedArticle e = arrivals.enriched(id);
                assertPlainText(e);
                for (CountryTag c : e.countries()) {
                    String topic = topics.countryTopic(c.code()).orElseThrow();
                    assertThat(arrivals.copies(topic, id))
                            .as("copies of %s in %s", id, topic)
                            .isEqualTo(1);
                }
            }
            EnrichedArticle html = arrivals.enriched("html-0");
            assertThat(html.article().body())
                    .contains("France and Germany agreed")
                    .contains("Berlin said");
            assertThat(html.countries()).extracting(CountryTag::code).contains("FR");
            assertThat(arrivals.enriched("every-country").countries()).isNotEmpty();

            // no crash, no restart
            assertThat(services.enrichThreadReplacements()).isZero();
            assertThat(services.enrichState()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(services.routerAlive()).isTrue();
            System.out.printf(
                    "hostile input: %d bad records dead-lettered (%d kinds), %d good articles routed (%d hostile but valid), "
                            + "0 stream thread replacements, router alive%n",
                    bad.size(),
                    bad.values().stream()
                            .map(HostileCorpus.Item::kind)
                            .distinct()
                            .count(),
                    goodIds.size(),
                    hostile.stream().filter(i -> !i.bad()).count());
        }
    }

    @Test
    void shouldRejectATenMegabyteArticleAtTheProducerWithAClearReason() throws Exception {
        NewsrouteConfig config = TestBroker.isolatedConfig("h");
        TopicCreator.ensurePipelineTopics(config);
        Article huge = new Article(
                "ten-mb",
                null,
                "test",
                "Huge",
                null,
                List.of(),
                null,
                "en",
                "TOKYO - " + "Japan ".repeat(10 * 1024 * 1024 / 6),
                Instant.EPOCH);
        try (ArticlePublisher publisher = ProducerClients.publisher(config)) {
            ArticlePublisher.Result r = publisher.publishAll(List.of(huge));
            assertThat(r.publishedIds()).isEmpty();
            assertThat(r.failures())
                    .singleElement()
                    .asString()
                    .contains("ten-mb")
                    .contains("RecordTooLargeException")
                    .contains("larger than");
        }
        try (KafkaProducer<String, byte[]> raw = rawProducer(config)) {
            Future<?> f = raw.send(new ProducerRecord<>(config.topics().raw(), "ten-mb", new byte[10 * 1024 * 1024]));
            assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(RecordTooLargeException.class);
        }
    }

    @Test
    void shouldOnlyEverCreateTopicsForValidCountryCodes() throws Exception {
        NewsrouteConfig config = TestBroker.isolatedConfig("h");
        Topics topics = config.topics();
        List<String> hostileCodes = List.of(
                "../../etc/passwd",
                "ZZ",
                "jp; rm -rf /",
                "A".repeat(300),
                "",
                "x",
                "J P",
                "__consumer_offsets",
                "news.articles.raw",
                "JP\u0000",
                "ÉÉ",
                "QQ",
                "UK",
                "EU",
                "\u202Ejp");
        List<CountryTag> tags = new ArrayList<>();
        for (String code : hostileCodes) {
            tags.add(new CountryTag(code, code, 1.0, false, List.<Mention>of()));
        }
        tags.add(new CountryTag("JP", "Japan", 1.0, true, List.<Mention>of()));
        Article a = new ArticleGenerator(3, 800).next("hostile-codes");
        EnrichedArticle record = EnrichedArticle.of(a, tags, List.of(), "test");
        try (PipelineServices services =
                        PipelineServices.start(config, EnrichTopology.build(config), Duration.ofSeconds(90));
                KafkaProducer<String, byte[]> raw = rawProducer(config);
                Admin admin = Admin.create(config.clientProperties("admin"))) {
            raw.send(new ProducerRecord<>(topics.enriched(), a.id(), enrichedSerde.serialize(null, record)))
                    .get();
            raw.send(new ProducerRecord<>(topics.enriched(), "not-enriched", "{\"countries\": \"../x\"".getBytes()))
                    .get();
            ArrivalLog arrivals = readUntilArrived(config, Set.of("not-enriched"), List.of(a.id()));
            assertThat(arrivals.copies(topics.countryTopic("JP").orElseThrow(), a.id()))
                    .isEqualTo(1);
            assertThat(arrivals.deadLetters().get("not-enriched"))
                    .singleElement()
                    .satisfies(h -> assertThat(h.get(DeadLetterHeaders.STAGE)).isEqualTo("route"));
            Set<String> all = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<String> countryTopics = all.stream()
                    .filter(t -> t.startsWith(topics.countryPrefix()))
                    .toList();
            assertThat(countryTopics)
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(topics.countryOf(t)).as(t).isPresent());
            assertThat(countryTopics).allMatch(t -> t.matches(Pattern.quote(topics.countryPrefix()) + "[a-z]{2}"));
            assertThat(services.routerAlive()).isTrue();
        }
    }

    private static List<String> reasonsOf(ArrivalLog arrivals, Map<String, HostileCorpus.Item> bad, String kind) {
        List<String> out = new ArrayList<>();
        bad.values().stream()
                .filter(i -> i.kind().equals(kind))
                .forEach(i -> out.add(arrivals.deadLetters().get(i.key()).get(0).get(DeadLetterHeaders.REASON)));
        assertThat(out).as("dead letters of kind %s", kind).isNotEmpty();
        return out;
    }

    private static void assertPlainText(EnrichedArticle e) {
        for (String text : new String[] {e.article().body(), e.article().title()}) {
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            assertThat(lower)
                    .as("text of %s", e.id())
                    .doesNotContain(
                            "<script",
                            "<iframe",
                            "onerror=",
                            "onclick=",
                            "onload=",
                            "javascript:",
                            "<img",
                            "<div",
                            "</");
            assertThat(text.chars()
                            .filter(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f))
                            .count())
                    .as("control characters in %s", e.id())
                    .isZero();
        }
    }

    private static KafkaProducer<String, byte[]> rawProducer(NewsrouteConfig config) {
        Properties p = config.clientProperties("producer");
        p.put("linger.ms", 5);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Reads the enriched, dead-letter and country topics until every bad key is dead-lettered and every good id routed. */
    private ArrivalLog readUntilArrived(NewsrouteConfig config, Set<String> badKeys, List<String> goodIds)
            throws InterruptedException {
        Topics topics = config.topics();
        Properties p = config.clientProperties("consumer");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 2 * 1024 * 1024);
        ArrivalLog log = new ArrivalLog(topics);
        try (KafkaConsumer<String, byte[]> consumer = CommittedConsumers.create(p)) {
            CommittedTopicReader reader = new CommittedTopicReader(consumer, t -> ArrivalLog.counts(topics, t));
            boolean arrived = Poll.until(TIMEOUT, Duration.ofMillis(200), () -> {
                reader.readToEnd(log::accept, TIMEOUT);
                return log.deadLetters().keySet().containsAll(badKeys)
                        && log.missing(goodIds).isEmpty();
            });
            assertThat(arrived).as("all records arrived within %s", TIMEOUT).isTrue();
            // a little longer, so that a late duplicate would be seen
            LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
            reader.readToEnd(log::accept, TIMEOUT);
        }
        return log;
    }
}
