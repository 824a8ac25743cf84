package io.newsroute.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsrouteConfigTest {

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path f = dir.resolve("newsroute.properties");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void shouldUseDefaultTopicNamesWhenNothingIsSet() {
        Topics t = NewsrouteConfig.load(null, Map.of(), Map.of()).topics();

        assertThat(t)
                .isEqualTo(new Topics(
                        "news.articles.raw", "news.articles.enriched", "news.articles.dlq", "news.country."));
        assertThat(t.countryTopic("JP")).contains("news.country.jp");
    }

    @Test
    void shouldLetEachLayerOverrideTheOneBelow() throws IOException {
        Path f = file("topic.raw=from-file\ntopic.enriched=from-file\ntopic.dlq=from-file\n");
        Map<String, String> env = Map.of("NEWSROUTE_TOPIC_ENRICHED", "from-env", "NEWSROUTE_TOPIC_DLQ", "from-env");
        Map<String, String> flags = Map.of("topic.dlq", "from-flag");

        NewsrouteConfig c = NewsrouteConfig.load(f, env, flags);

        assertThat(c.get("topic.raw")).isEqualTo("from-file");
        assertThat(c.get("topic.enriched")).isEqualTo("from-env");
        assertThat(c.get("topic.dlq")).isEqualTo("from-flag");
        assertThat(c.isSet("topic.raw")).isTrue();
        assertThat(c.isSet("topic.partitions")).isFalse();
    }

    @Test
    void shouldKeepFourThemesPerRecordUnlessTheEnvironmentSaysOtherwise() {
        assertThat(NewsrouteConfig.load(null, Map.of(), Map.of()).getInt(NewsrouteConfig.TAGGER_THEMES_MAX))
                .isEqualTo(4);
        assertThat(NewsrouteConfig.load(null, Map.of("NEWSROUTE_TAGGER_THEMES_MAX", "5"), Map.of())
                        .getInt(NewsrouteConfig.TAGGER_THEMES_MAX))
                .isEqualTo(5);
    }

    @Test
    void shouldIgnoreEnvironmentVariablesOfOtherPrograms() {
        NewsrouteConfig c = NewsrouteConfig.load(null, Map.of("TOPIC_RAW", "x", "KAFKA_HEAP_OPTS", "y"), Map.of());

        assertThat(c.get("topic.raw")).isEqualTo("news.articles.raw");
    }

    @Test
    void shouldPassAnyKafkaPropertyThroughToTheClients() {
        NewsrouteConfig c = NewsrouteConfig.load(
                null,
                Map.of("NEWSROUTE_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"),
                Map.of(
                        "kafka.security.protocol",
                        "SASL_SSL",
                        "producer.linger.ms",
                        "20",
                        "consumer.max.poll.records",
                        "50",
                        "bootstrap.servers",
                        "broker:9093"));

        Properties producer = c.clientProperties("producer");
        Properties consumer = c.clientProperties("consumer");

        assertThat(producer)
                .containsEntry("bootstrap.servers", "broker:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("linger.ms", "20")
                .doesNotContainKey("max.poll.records");
        assertThat(consumer).containsEntry("max.poll.records", "50").doesNotContainKey("linger.ms");
    }

    @Test
    void shouldLetAClientSpecificKeyOverrideTheSharedOne() {
        NewsrouteConfig c = NewsrouteConfig.load(
                null, Map.of(), Map.of("kafka.client.id", "shared", "admin.client.id", "admin-only"));

        assertThat(c.clientProperties("admin")).containsEntry("client.id", "admin-only");
        assertThat(c.clientProperties("producer")).containsEntry("client.id", "shared");
    }

    @Test
    void shouldHideSecretsWhenShown() {
        NewsrouteConfig c = NewsrouteConfig.load(
                null,
                Map.of(),
                Map.of(
                        "kafka.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required password=\"s3cret\";",
                        "kafka.ssl.truststore.password",
                        "hunter2"));

        assertThat(c.toString()).doesNotContain("s3cret", "hunter2").contains("[hidden]");
    }

    @Test
    void shouldFailWithTheKeyNameWhenANumberIsMalformed() {
        NewsrouteConfig c = NewsrouteConfig.load(null, Map.of(), Map.of("topic.partitions", "three"));

        assertThatThrownBy(() -> c.getInt("topic.partitions"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("topic.partitions")
                .hasMessageContaining("three");
    }

    @Test
    void shouldFailClearlyWhenTheFileCannotBeRead() {
        assertThatThrownBy(() -> NewsrouteConfig.load(dir.resolve("missing.properties"), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing.properties");
    }

    @Test
    void shouldNeverMakeATopicNameFromAnInvalidCode() {
        Topics t = Topics.defaults();

        assertThat(t.countryTopic("ZZ")).isEmpty();
        assertThat(t.countryTopic("jp")).isEmpty();
        assertThat(t.countryTopic("../etc")).isEmpty();
        assertThat(t.countryTopic(null)).isEmpty();
        assertThat(t.countryOf("news.country.la")).contains("LA");
        assertThat(t.countryOf("news.country.zz")).isEmpty();
    }
}
