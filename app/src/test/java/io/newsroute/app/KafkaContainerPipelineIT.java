package io.newsroute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.enrich.EnrichTopology;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.LoadResult;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.ingest.ProducerClients;
import io.newsroute.pipeline.ArrivalWatcher;
import io.newsroute.pipeline.PipelineServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Runs against a real Kafka broker in a container (Testcontainers' {@link KafkaContainer}).
 *
 * <p>The image comes from the environment variable {@code KAFKA_IMAGE} (default
 * {@code apache/kafka:4.4.0}); CI, which can pull no image, builds {@code newsroute/kafka:4.4.0-local}
 * with {@code docker/build-local-images.sh} and sets {@code KAFKA_IMAGE} to it, together with
 * {@code TESTCONTAINERS_RYUK_DISABLED=true} and {@code TESTCONTAINERS_HOST_OVERRIDE=localhost}.
 * Without a Docker daemon the class is skipped, not failed.
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaContainerPipelineIT {

    static final String KAFKA_IMAGE = System.getenv().getOrDefault("KAFKA_IMAGE", "apache/kafka:4.4.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(
                    DockerImageName.parse(KAFKA_IMAGE).asCompatibleSubstituteFor("apache/kafka"))
            .withEnv("KAFKA_NUM_PARTITIONS", "3")
            .withStartupTimeout(Duration.ofMinutes(3));

    @Test
    void shouldCarryARecordThroughTheContainerBroker() throws Exception {
        String topic = "it.roundtrip." + UUID.randomUUID();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }

        RecordMetadata written;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            written = producer.send(new ProducerRecord<>(topic, "article-1", "{\"title\":\"Laos-Japan\"}"))
                    .get(60, TimeUnit.SECONDS);
        }
        assertThat(written.topic()).isEqualTo(topic);

        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (read.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(read::add);
            }
        }
        assertThat(read).hasSize(1);
        assertThat(read.get(0).key()).isEqualTo("article-1");
        assertThat(read.get(0).value()).isEqualTo("{\"title\":\"Laos-Japan\"}");
        assertThat(read.get(0).partition()).isEqualTo(written.partition());
        assertThat(read.get(0).offset()).isEqualTo(written.offset());
    }

    @Test
    void shouldRouteTheSeedArticleToItsCountryTopicsOnAContainerBroker() throws Exception {
        NewsrouteConfig config = NewsrouteConfig.defaults()
                .with(Map.of(
                        NewsrouteConfig.BOOTSTRAP_SERVERS,
                        KAFKA.getBootstrapServers(),
                        NewsrouteConfig.STREAMS_APPLICATION_ID,
                        "container-it-" + UUID.randomUUID(),
                        "streams.state.dir",
                        System.getProperty("java.io.tmpdir") + "/newsroute-container-it-" + UUID.randomUUID()));
        Topics topics = config.topics();
        LoadResult seeds = new ArticleFiles(Clock.systemUTC()).load(Path.of("../seeds"));
        assertThat(seeds.articles()).isNotEmpty();

        try (PipelineServices services =
                        PipelineServices.start(config, EnrichTopology.build(config), Duration.ofSeconds(120));
                ArrivalWatcher watcher = ArrivalWatcher.create(config);
                ArticlePublisher publisher = ProducerClients.publisher(config)) {
            List<String> ids = publisher.publishAll(seeds.articles()).publishedIds();
            watcher.awaitArrival(ids, Duration.ofSeconds(120));

            String seedId = ids.get(0);
            assertThat(watcher.copies(topics.countryTopic("LA").orElseThrow(), seedId))
                    .isEqualTo(1);
            assertThat(watcher.copies(topics.countryTopic("JP").orElseThrow(), seedId))
                    .isEqualTo(1);
            assertThat(watcher.deadLetters()).isEmpty();
            assertThat(services.routerAlive()).isTrue();
        }
    }

    private static Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return p;
    }

    private static Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }
}
