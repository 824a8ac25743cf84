package io.newsroute.bench;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.Article;
import io.newsroute.ingest.ProducerClients;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.kafka.TopicCreator;
import io.newsroute.pipeline.PipelineServices;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one pipeline (no-op or real) against the shared broker, each run with topics, application id,
 * group and transactional ids of its own: a throughput run (articles pre-loaded into the raw topic,
 * then the services started, timed to the last routed record seen read_committed) or a latency run
 * (articles published at a fixed rate while the services run). Each run starts once the JVM is
 * idle ({@link QuietWait}), so it does not pay for the last run's clean-up. Writes the raw topic;
 * reads the country topics; deletes the run's topics afterwards.
 */
public final class PipelineRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);
    private static final JsonSerde<Article> ARTICLE_SERDE = JsonSerde.of(Article.class);
    private static final Duration COMPLETION_TIMEOUT = Duration.ofMinutes(5);
    /** Longest wait for the broker to finish the last run's clean-up before a run starts. */
    private static final Duration QUIET_MAX = Duration.ofSeconds(20);

    private final NewsrouteConfig base;

    /** @param base the broker address and the user's {@code --set} overrides */
    public PipelineRunner(NewsrouteConfig base) {
        this.base = base;
    }

    /** A configuration with names of its own for one run. */
    NewsrouteConfig runConfig(String label) {
        String run = label + "-" + UUID.randomUUID().toString().substring(0, 6);
        return base.with(Map.of(
                NewsrouteConfig.TOPIC_RAW,
                "b." + run + ".raw",
                NewsrouteConfig.TOPIC_ENRICHED,
                "b." + run + ".enriched",
                NewsrouteConfig.TOPIC_DLQ,
                "b." + run + ".dlq",
                NewsrouteConfig.TOPIC_COUNTRY_PREFIX,
                "b." + run + ".country.",
                NewsrouteConfig.STREAMS_APPLICATION_ID,
                "bench-enrich-" + run,
                NewsrouteConfig.ROUTER_GROUP_ID,
                "bench-router-" + run,
                NewsrouteConfig.ROUTER_TRANSACTIONAL_ID,
                "bench-router-" + run,
                "streams.state.dir",
                System.getProperty("java.io.tmpdir") + "/newsroute-bench-" + run));
    }

    /** Pre-loads the articles, starts the services and times them until every routed record is visible. */
    public RunResults.Throughput throughput(int round, PipelineKind kind, List<Article> articles)
            throws InterruptedException {
        NewsrouteConfig config = runConfig(kind.label() + round);
        Routing routing = Routing.of(kind, articles, config.topics());
        Set<String> countryTopics = routing.topics();
        long expected = routing.records();
        try (Admin admin = Admin.create(config.clientProperties("admin"))) {
            createTopics(admin, config, countryTopics);
            long rawBytes = preload(config, articles);
            long waited = QuietWait.await(QUIET_MAX);
            double brokerBytesBefore = BrokerBytes.in();
            LOG.debug("Waited {} ms for the JVM to go idle before the {} run", waited, kind.label());
            try (CountryTopicCounter counter = new CountryTopicCounter(counterProperties(config), countryTopics)) {
                counter.checkpointAt(Math.max(1, expected / 10));
                long start = System.nanoTime();
                boolean complete;
                try (PipelineServices services =
                        PipelineServices.start(config, kind.topology(config), Duration.ofSeconds(60))) {
                    complete = counter.awaitCount(expected, COMPLETION_TIMEOUT);
                }
                int n = articles.size();
                // steady window: from the arrival of the first 10% of the routed records to the last one,
                // in articles (records over the mean records per article)
                double windowArticles =
                        n * (double) (counter.count() - counter.checkpointCount()) / Math.max(1, expected);
                double window = (counter.lastArrivalNanos() - counter.checkpointNanos()) / 1e9;
                double fromStart = (counter.lastArrivalNanos() - start) / 1e9;
                double cpuSec = (counter.lastArrivalCpuNanos() - counter.checkpointCpuNanos()) / 1e9;
                double aps = windowArticles / window;
                double brokerBytes = (BrokerBytes.in() - brokerBytesBefore) / (double) n;
                var r = new RunResults.Throughput(
                        round,
                        kind.label(),
                        n,
                        rawBytes,
                        counter.count(),
                        complete,
                        window,
                        aps,
                        n / fromStart,
                        aps * rawBytes / n / 1e6,
                        cpuSec / windowArticles * 1000,
                        kind.taggerCpuMicros(),
                        counter.valueBytes(),
                        brokerBytes);
                LOG.info("Throughput run {}", r);
                return r;
            } finally {
                deleteTopics(admin, config, countryTopics);
            }
        }
    }

    /**
     * Publishes articles at {@code rate} per second for {@code warmupSeconds + seconds} while the services
     * run; latency samples are taken for the articles sent after the warm-up only.
     */
    public RunResults.Latency latency(
            PipelineKind kind, List<Article> articles, double rate, int warmupSeconds, int seconds)
            throws InterruptedException {
        NewsrouteConfig config = runConfig(kind.label() + "-lat");
        Topics topics = config.topics();
        Routing routing = Routing.of(kind, articles, topics);
        Set<String> countryTopics = routing.topics();
        long expected = routing.records();
        try (Admin admin = Admin.create(config.clientProperties("admin"))) {
            createTopics(admin, config, countryTopics);
            QuietWait.await(QUIET_MAX);
            try (CountryTopicCounter counter = new CountryTopicCounter(counterProperties(config), countryTopics);
                    PipelineServices services =
                            PipelineServices.start(config, kind.topology(config), Duration.ofSeconds(60));
                    KafkaProducer<String, byte[]> producer = rawProducer(config)) {
                AtomicLong sendFailures = new AtomicLong();
                long t0 = System.nanoTime();
                counter.measureLatencyFrom(t0 + warmupSeconds * 1_000_000_000L);
                sendPaced(producer, topics.raw(), articles, rate, t0, sendFailures);
                double sendSeconds = (System.nanoTime() - t0) / 1e9;
                producer.flush();
                boolean complete = counter.awaitCount(expected, Duration.ofSeconds(60));
                List<Double> ms = counter.latenciesMs();
                var r = new RunResults.Latency(
                        kind.label(),
                        rate,
                        articles.size() / sendSeconds,
                        seconds,
                        ms.size(),
                        complete,
                        sendFailures.get(),
                        Stats.percentile(ms, 50),
                        Stats.percentile(ms, 95),
                        Stats.percentile(ms, 99),
                        Stats.max(ms));
                LOG.info("Latency run {}", r);
                return r;
            } finally {
                deleteTopics(admin, config, countryTopics);
            }
        }
    }

    /** Sends {@code articles} at {@code rate} per second from {@code t0}, each with its send time in a header. */
    private static void sendPaced(
            KafkaProducer<String, byte[]> producer,
            String topic,
            List<Article> articles,
            double rate,
            long t0,
            AtomicLong sendFailures) {
        List<byte[]> values = new ArrayList<>(articles.size());
        for (Article a : articles) {
            values.add(ARTICLE_SERDE.serialize(topic, a));
        }
        for (int i = 0; i < articles.size(); i++) {
            long due = t0 + (long) (i * 1e9 / rate);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            RecordHeaders headers = new RecordHeaders();
            headers.add(
                    CountryTopicCounter.SENT_HEADER,
                    ByteBuffer.allocate(8).putLong(System.nanoTime()).array());
            producer.send(new ProducerRecord<>(topic, null, articles.get(i).id(), values.get(i), headers), (md, e) -> {
                if (e != null) {
                    sendFailures.incrementAndGet();
                }
            });
        }
    }

    /** Where a run's articles will be routed: the country topics, and the routed records to wait for. */
    private record Routing(Set<String> topics, long records) {
        static Routing of(PipelineKind kind, List<Article> articles, Topics topics) {
            Set<String> all = new LinkedHashSet<>();
            long records = 0;
            for (Article a : articles) {
                List<String> t = kind.countryTopics(a, topics);
                all.addAll(t);
                records += t.size();
            }
            return new Routing(all, records);
        }
    }

    private static void createTopics(Admin admin, NewsrouteConfig config, Set<String> countryTopics) {
        TopicCreator creator = TopicCreator.fromConfig(admin, config);
        creator.ensurePipelineTopics(config.topics());
        creator.ensure(countryTopics);
    }

    private static void deleteTopics(Admin admin, NewsrouteConfig config, Set<String> countryTopics) {
        Topics t = config.topics();
        Set<String> all = new HashSet<>(countryTopics);
        all.addAll(List.of(t.raw(), t.enriched(), t.dlq()));
        try {
            admin.deleteTopics(all).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn(
                    "Could not delete the run's topics (the broker is temporary anyway): {}",
                    e.getCause().toString());
        }
    }

    /**
     * Sends every article to the raw topic with the pipeline producer's settings and waits for all acks;
     * articles whose send failed (a delivery timeout on an overloaded machine) are sent again with a new
     * producer, so the run always has all of them.
     */
    private static long preload(NewsrouteConfig config, List<Article> articles) {
        String raw = config.topics().raw();
        List<byte[]> values = new ArrayList<>(articles.size());
        long bytes = 0;
        for (Article a : articles) {
            byte[] v = ARTICLE_SERDE.serialize(raw, a);
            bytes += v.length;
            values.add(v);
        }
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            pending.add(i);
        }
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > 5) {
                throw new IllegalStateException(pending.size() + " articles could not be pre-loaded into " + raw);
            }
            List<Integer> failed = Collections.synchronizedList(new ArrayList<>());
            try (KafkaProducer<String, byte[]> producer = rawProducer(config)) {
                for (int i : pending) {
                    producer.send(new ProducerRecord<>(raw, articles.get(i).id(), values.get(i)), (md, e) -> {
                        if (e != null) {
                            failed.add(i);
                        }
                    });
                }
                producer.flush();
            }
            if (!failed.isEmpty()) {
                LOG.warn(
                        "{} of {} pre-load sends to {} failed; sending them again", failed.size(), pending.size(), raw);
            }
            pending = new ArrayList<>(failed);
        }
        return bytes;
    }

    /** The article producer's own properties (idempotent, {@code producer.*} overrides), values pre-serialised. */
    private static KafkaProducer<String, byte[]> rawProducer(NewsrouteConfig config) {
        return new KafkaProducer<>(
                ProducerClients.producerProperties(config), new StringSerializer(), new ByteArraySerializer());
    }

    private static Properties counterProperties(NewsrouteConfig config) {
        Properties p = new Properties();
        p.put("bootstrap.servers", config.bootstrapServers());
        return p;
    }
}
