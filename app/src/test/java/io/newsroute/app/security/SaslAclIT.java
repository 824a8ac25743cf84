package io.newsroute.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.app.cli.LogFiles;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.time.Poll;
import io.newsroute.enrich.EnrichApp;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.ingest.ProducerClients;
import io.newsroute.ingest.generate.ArticleGenerator;
import io.newsroute.kafka.ArrivalLog;
import io.newsroute.kafka.CommittedConsumers;
import io.newsroute.kafka.CommittedTopicReader;
import io.newsroute.kafka.TopicCreator;
import io.newsroute.route.CountryRouter;
import io.newsroute.route.RouterClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on a real broker with SASL/SCRAM-SHA-512 and ACLs (StandardAuthorizer): it runs with
 * credentials passed as {@code kafka.*} keys; the router runs with only the ACLs documented in
 * docs/security.md; a client without credentials, or with a wrong password, is refused; the router's
 * user may not read the raw topic; and no secret appears in the log or in Kafka's config values.
 */
class SaslAclIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private final String brokerPassword = "broker-" + UUID.randomUUID();
    private final String pipelinePassword = "pipeline-" + UUID.randomUUID();
    private final String routerPassword = "router-" + UUID.randomUUID();
    private final String adminPassword = "admin-" + UUID.randomUUID();

    @Test
    void shouldRunWithScramCredentialsAndDocumentedAclsAndRefuseClientsWithout() throws Exception {
        try (SaslScramBroker broker = new SaslScramBroker(brokerPassword)) {
            try (Admin root = Admin.create(broker.superUserAdmin())) {
                root.alterUserScramCredentials(List.of(
                                scram("newsroute", pipelinePassword),
                                scram("newsroute-router", routerPassword),
                                scram("admin", adminPassword)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
                root.createAcls(pipelineAcls("User:newsroute")).all().get(30, TimeUnit.SECONDS);
                root.createAcls(routerAcls("User:newsroute-router")).all().get(30, TimeUnit.SECONDS);
            }
            NewsrouteConfig pipeline = config(broker, "newsroute", pipelinePassword);
            NewsrouteConfig routerConfig = config(broker, "newsroute-router", routerPassword);
            NewsrouteConfig adminConfig = config(broker, "admin", adminPassword);
            Topics topics = pipeline.topics();
            awaitCredentials(pipeline);
            awaitCredentials(routerConfig);

            try (Admin admin = Admin.create(pipeline.clientProperties("admin"))) {
                TopicCreator.fromConfig(admin, pipeline).ensurePipelineTopics(topics);
            }
            List<String> ids = new ArrayList<>();
            try (EnrichApp enrich = new EnrichApp(pipeline);
                    Admin routerAdmin = Admin.create(routerConfig.clientProperties("admin"))) {
                // what 'newsroute route' does at start, with the router's own ACLs only
                TopicCreator.fromConfig(routerAdmin, routerConfig).ensurePipelineTopics(topics);
                CountryRouter router = RouterClients.create(routerConfig, routerAdmin);
                Thread routerThread = new Thread(router, "sasl-it-router");
                enrich.start();
                routerThread.start();
                enrich.awaitRunning(TIMEOUT);
                try (ArticlePublisher publisher = ProducerClients.publisher(pipeline)) {
                    ArticleGenerator gen = new ArticleGenerator(11, 1000);
                    List<Article> articles = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        articles.add(gen.next("sasl-" + i));
                    }
                    ArticlePublisher.Result r = publisher.publishAll(articles);
                    assertThat(r.failures()).isEmpty();
                    ids.addAll(r.publishedIds());
                }
                ArrivalLog arrivals = awaitRouted(adminConfig, ids);
                assertThat(arrivals.deadLetters()).isEmpty();
                int routed = 0;
                for (String id : ids) {
                    EnrichedArticle e = arrivals.enriched(id);
                    assertThat(e.countries()).isNotEmpty();
                    for (CountryTag c : e.countries()) {
                        assertThat(arrivals.copies(topics.countryTopic(c.code()).orElseThrow(), id))
                                .as("copies of %s", id)
                                .isEqualTo(1);
                        routed++;
                    }
                }
                assertThat(arrivals.totalCopies()).isEqualTo(routed);
                assertThat(routerThread.isAlive())
                        .as("router alive with its documented ACLs")
                        .isTrue();
                router.stop();
                routerThread.join(30_000);
            }

            assertRefusedWithoutCredentials(broker);
            assertRefusedWithWrongPassword(broker);
            assertRouterMayNotReadRawArticles(routerConfig, topics);
            assertSecretsHidden(pipeline);
        }
    }

    /** Reads (read_committed, as the super user) until every id is in each country topic it was tagged with. */
    /** Reads (read_committed, as the test's admin user) until every article is enriched and in each of its country topics. */
    private static ArrivalLog awaitRouted(NewsrouteConfig config, List<String> ids) throws InterruptedException {
        Topics topics = config.topics();
        ArrivalLog log = new ArrivalLog(topics);
        try (KafkaConsumer<String, byte[]> c = CommittedConsumers.create(config.clientProperties("consumer"))) {
            CommittedTopicReader reader = new CommittedTopicReader(c, t -> ArrivalLog.counts(topics, t));
            boolean routed = Poll.until(TIMEOUT, Duration.ofMillis(200), () -> {
                reader.readToEnd(log::accept, TIMEOUT);
                return log.missing(ids).isEmpty();
            });
            assertThat(routed).as("every article routed within %s", TIMEOUT).isTrue();
        }
        return log;
    }

    private void assertRefusedWithoutCredentials(SaslScramBroker broker) {
        Properties p = new Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put("default.api.timeout.ms", 5000);
        p.put("request.timeout.ms", 3000);
        try (Admin anonymous = Admin.create(p)) {
            assertThatThrownBy(() -> anonymous.listTopics().names().get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
        }
    }

    private void assertRefusedWithWrongPassword(SaslScramBroker broker) {
        NewsrouteConfig wrong = config(broker, "newsroute", "not-the-password");
        Properties p = wrong.clientProperties("admin");
        p.put("default.api.timeout.ms", 10000);
        p.put("request.timeout.ms", 5000);
        try (Admin intruder = Admin.create(p)) {
            assertThatThrownBy(() -> intruder.listTopics().names().get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private void assertRouterMayNotReadRawArticles(NewsrouteConfig routerConfig, Topics topics) {
        Properties p = routerConfig.clientProperties("consumer");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> c =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            c.assign(List.of(new TopicPartition(topics.raw(), 0)));
            c.seekToBeginning(List.of(new TopicPartition(topics.raw(), 0)));
            assertThatThrownBy(() -> {
                        long deadline =
                                System.nanoTime() + Duration.ofSeconds(30).toNanos();
                        while (System.nanoTime() < deadline) {
                            c.poll(Duration.ofMillis(500));
                        }
                    })
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    private void assertSecretsHidden(NewsrouteConfig pipeline) throws Exception {
        assertThat(pipeline.redacted().get("kafka.sasl.jaas.config")).isEqualTo("[hidden]");
        assertThat(pipeline.toString()).doesNotContain(pipelinePassword);
        Properties p = ProducerClients.producerProperties(pipeline);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Map<String, ?> values = new ProducerConfig(p).values();
        assertThat(String.valueOf(values.get("sasl.jaas.config"))).isEqualTo("[hidden]");
        Path log = Path.of(LogFiles.current());
        assertThat(log).exists();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("sasl.jaas.config = [hidden]");
        for (String secret : List.of(brokerPassword, pipelinePassword, routerPassword, adminPassword)) {
            assertThat(text).as("the log file %s", log).doesNotContain(secret);
        }
    }

    private static NewsrouteConfig config(SaslScramBroker broker, String user, String password) {
        Map<String, String> m = new HashMap<>();
        m.put(NewsrouteConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        m.put("kafka.security.protocol", "SASL_PLAINTEXT");
        m.put("kafka.sasl.mechanism", "SCRAM-SHA-512");
        m.put(
                "kafka.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                        + password + "\";");
        m.put(RouterClients.INSTANCE_ID, "1");
        m.put("streams.state.dir", System.getProperty("java.io.tmpdir") + "/newsroute-sasl-it-" + UUID.randomUUID());
        return NewsrouteConfig.defaults().with(m);
    }

    /** SCRAM credentials reach the broker's metadata shortly after they are created: wait until a login works. */
    private static void awaitCredentials(NewsrouteConfig config) throws InterruptedException {
        Properties p = config.clientProperties("admin");
        p.put("default.api.timeout.ms", 5000);
        p.put("request.timeout.ms", 4000);
        AtomicReference<Exception> last = new AtomicReference<>();
        boolean usable = Poll.until(TIMEOUT, Duration.ofMillis(100), () -> {
            try (Admin a = Admin.create(p)) {
                a.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
                return true;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                last.set(e);
                return false;
            }
        });
        assertThat(usable).as("credentials usable: %s", last.get()).isTrue();
    }

    private static UserScramCredentialUpsertion scram(String user, String password) {
        return new UserScramCredentialUpsertion(
                user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password);
    }

    private static AclBinding allow(
            ResourceType type, String name, PatternType pattern, String principal, AclOperation op) {
        return new AclBinding(
                new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW));
    }

    /** The producer and the enrich streams app (docs/security.md): their topics, group and transactional ids. */
    static List<AclBinding> pipelineAcls(String principal) {
        return List.of(
                allow(ResourceType.TOPIC, "news.", PatternType.PREFIXED, principal, AclOperation.ALL),
                allow(ResourceType.TOPIC, "newsroute-enrich", PatternType.PREFIXED, principal, AclOperation.ALL),
                allow(ResourceType.GROUP, "newsroute-enrich", PatternType.PREFIXED, principal, AclOperation.ALL),
                allow(
                        ResourceType.TRANSACTIONAL_ID,
                        "newsroute-enrich",
                        PatternType.PREFIXED,
                        principal,
                        AclOperation.ALL),
                allow(
                        ResourceType.CLUSTER,
                        "kafka-cluster",
                        PatternType.LITERAL,
                        principal,
                        AclOperation.IDEMPOTENT_WRITE));
    }

    /** Exactly the router's ACLs as documented in docs/security.md and the README. */
    static List<AclBinding> routerAcls(String principal) {
        return List.of(
                allow(ResourceType.TOPIC, "news.articles.enriched", PatternType.LITERAL, principal, AclOperation.READ),
                allow(ResourceType.TOPIC, "news.articles.dlq", PatternType.LITERAL, principal, AclOperation.WRITE),
                allow(ResourceType.TOPIC, "news.articles.", PatternType.PREFIXED, principal, AclOperation.DESCRIBE),
                allow(ResourceType.TOPIC, "news.country.", PatternType.PREFIXED, principal, AclOperation.CREATE),
                allow(ResourceType.TOPIC, "news.country.", PatternType.PREFIXED, principal, AclOperation.WRITE),
                allow(ResourceType.TOPIC, "news.country.", PatternType.PREFIXED, principal, AclOperation.DESCRIBE),
                allow(ResourceType.GROUP, "newsroute-router", PatternType.LITERAL, principal, AclOperation.READ),
                allow(
                        ResourceType.TRANSACTIONAL_ID,
                        "newsroute-router",
                        PatternType.PREFIXED,
                        principal,
                        AclOperation.WRITE),
                allow(
                        ResourceType.TRANSACTIONAL_ID,
                        "newsroute-router",
                        PatternType.PREFIXED,
                        principal,
                        AclOperation.DESCRIBE));
    }
}
