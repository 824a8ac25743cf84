package io.newsroute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.enrich.EnrichTopology;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.LoadResult;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.ingest.ProducerClients;
import io.newsroute.pipeline.ArrivalWatcher;
import io.newsroute.pipeline.PipelineServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The whole pipeline on a real Kafka broker: publish → enrich → route, exactly once, with dead letters. */
class PipelineIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void shouldRouteEachArticleExactlyOnceToEachTaggedCountryAndDeadLetterTheMalformed() throws Exception {
        NewsrouteConfig config = TestBroker.isolatedConfig();
        Topics topics = config.topics();
        LoadResult seeds = new ArticleFiles(Clock.systemUTC())
                .load(List.of(Path.of("../seeds"), Path.of("src/test/resources/fixtures")));
        assertThat(seeds.failures()).isEmpty();
        assertThat(seeds.articles()).hasSize(4);

        try (PipelineServices services = PipelineServices.start(config, EnrichTopology.build(config), TIMEOUT);
                ArrivalWatcher watcher = ArrivalWatcher.create(config);
                ArticlePublisher publisher = ProducerClients.publisher(config);
                KafkaProducer<String, byte[]> rawProducer = new KafkaProducer<>(
                        config.clientProperties("producer"), new StringSerializer(), new ByteArraySerializer())) {
            List<Article> good = seeds.articles();
            List<String> ids =
                    new ArrayList<>(publisher.publishAll(good.subList(0, 2)).publishedIds());
            rawProducer
                    .send(new ProducerRecord<>(
                            topics.raw(),
                            "malformed-1",
                            "{\"id\": \"malformed-1\", \"body\": ".getBytes(StandardCharsets.UTF_8)))
                    .get();
            rawProducer
                    .send(new ProducerRecord<>(
                            topics.raw(),
                            "no-body-1",
                            "{\"id\": \"no-body-1\", \"title\": \"t\"}".getBytes(StandardCharsets.UTF_8)))
                    .get();
            ids.addAll(publisher.publishAll(good.subList(2, 4)).publishedIds());
            // publishing the same article again is recognised by its stable id and skipped
            assertThat(publisher.publishAll(good.subList(0, 1)).duplicates()).isEqualTo(1);

            List<String> all = new ArrayList<>(ids);
            all.add("malformed-1");
            all.add("no-body-1");
            watcher.awaitArrival(all, TIMEOUT);

            assertThat(watcher.deadLetters()).containsOnlyKeys("malformed-1", "no-body-1");
            assertThat(watcher.deadLetters().get("malformed-1")).contains("not a valid Article");
            assertThat(watcher.deadLetters().get("no-body-1")).isEqualTo("article has no body");

            int expectedCopies = 0;
            for (String id : ids) {
                EnrichedArticle e = watcher.enriched(id);
                assertThat(e).as("enriched %s", id).isNotNull();
                for (CountryTag c : e.countries()) {
                    String topic = topics.countryTopic(c.code()).orElseThrow();
                    assertThat(watcher.copies(topic, id))
                            .as("copies of %s in %s", id, topic)
                            .isEqualTo(1);
                    expectedCopies++;
                }
            }
            // every copy read (a duplicate sits at its own offset), not the per-id maps, which hide duplicates
            int found = watcher.totalCopies();
            assertThat(found).isEqualTo(expectedCopies);

            EnrichedArticle seed = good.stream()
                    .filter(a -> a.title().startsWith("Laos-Japan"))
                    .findFirst()
                    .map(a -> watcher.enriched(a.id()))
                    .orElseThrow();
            Set<String> seedCountries =
                    seed.countries().stream().map(CountryTag::code).collect(Collectors.toSet());
            assertThat(seedCountries).contains("LA", "JP");
            assertThat(watcher.byCountryTopic().get(topics.countryTopic("LA").orElseThrow()))
                    .containsKey(seed.id());
            assertThat(watcher.byCountryTopic().get(topics.countryTopic("JP").orElseThrow()))
                    .containsKey(seed.id());
            assertThat(services.routerAlive()).isTrue();
        }
    }
}
