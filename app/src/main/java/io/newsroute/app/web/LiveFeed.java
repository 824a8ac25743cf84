package io.newsroute.app.web;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.enrich.trends.ArticleDigest;
import io.newsroute.enrich.trends.LatestArticle;
import io.newsroute.enrich.trends.TrendsTopology;
import io.newsroute.kafka.CommittedConsumers;
import io.newsroute.kafka.JsonSerde;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live feed of routed articles: reads {@code news.articles.enriched} ({@code read_committed}, every
 * partition, no consumer group, starting a few records before the end so a new page has something to
 * show), keeps the latest ones in memory and hands each new routed article (one with countries) to
 * every subscriber whose filter it passes. A slow subscriber loses articles rather than slowing the
 * others (its queue is bounded). Writes nothing to Kafka.
 */
public final class LiveFeed implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    private static final int QUEUE = 1000;

    private final KafkaConsumer<String, byte[]> consumer;
    private final JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);
    private final String topic;
    private final int keep;
    private final Deque<LatestArticle> recent = new ArrayDeque<>();
    private final List<Subscription> subscribers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** A subscriber's queue of articles and its filter. */
    public static final class Subscription {
        private final Predicate<EnrichedArticle> filter;
        private final BlockingQueue<LatestArticle> queue = new ArrayBlockingQueue<>(QUEUE);

        Subscription(Predicate<EnrichedArticle> filter) {
            this.filter = filter;
        }

        /** The next article, or {@code null} after {@code wait}. */
        public LatestArticle next(Duration wait) throws InterruptedException {
            return queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public LiveFeed(NewsrouteConfig config, int keep) {
        Properties p = CommittedConsumers.fromStart(config.clientProperties("consumer"));
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsroute-web-feed");
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        new KafkaClientMetrics(consumer).bindTo(Metrics.globalRegistry);
        this.topic = config.topics().enriched();
        this.keep = keep;
        this.thread = new Thread(this, "newsroute-live-feed");
        this.thread.setDaemon(true);
    }

    /** Starts reading on its own thread. */
    public LiveFeed start() {
        thread.start();
        return this;
    }

    @Override
    public void run() {
        try {
            seekNearEnd();
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    accept(r);
                }
            }
        } catch (WakeupException e) {
            LOG.debug("Live feed stopping");
        } catch (RuntimeException e) {
            LOG.error("Live feed stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void seekNearEnd() {
        List<TopicPartition> parts = new ArrayList<>();
        consumer.partitionsFor(topic, Duration.ofSeconds(30))
                .forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
        consumer.assign(parts);
        Map<TopicPartition, Long> ends = consumer.endOffsets(parts);
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(parts);
        for (TopicPartition tp : parts) {
            consumer.seek(tp, Math.max(begins.getOrDefault(tp, 0L), ends.getOrDefault(tp, 0L) - keep));
        }
    }

    private void accept(ConsumerRecord<String, byte[]> r) {
        EnrichedArticle a;
        try {
            a = serde.deserialize(r.topic(), r.value());
        } catch (SerializationException e) {
            LOG.debug("Skipping unreadable record {}-{}@{}", r.topic(), r.partition(), r.offset());
            return;
        }
        if (a == null || a.countries().isEmpty()) {
            return;
        }
        LatestArticle item = new LatestArticle(r.timestamp(), ArticleDigest.of(a, TrendsTopology.EXCERPT_CHARS));
        synchronized (recent) {
            recent.addFirst(item);
            while (recent.size() > keep) {
                recent.removeLast();
            }
        }
        for (Subscription s : subscribers) {
            if (s.filter.test(a) && !s.queue.offer(item)) {
                LOG.debug("A live-feed subscriber is too slow; an article skipped");
            }
        }
    }

    /** The latest articles seen that pass {@code filter}, newest first, at most {@code n}. */
    public List<LatestArticle> recent(Predicate<EnrichedArticle> filter, int n) {
        synchronized (recent) {
            return recent.stream()
                    .filter(l -> filter.test(l.article()))
                    .limit(n)
                    .toList();
        }
    }

    /** Registers a subscriber; articles arriving from now on that pass {@code filter} are queued for it. */
    public Subscription subscribe(Predicate<EnrichedArticle> filter) {
        Subscription s = new Subscription(filter);
        subscribers.add(s);
        return s;
    }

    /** Removes a subscriber. */
    public void unsubscribe(Subscription s) {
        subscribers.remove(s);
    }

    /** How many subscribers are connected. */
    public int subscribers() {
        return subscribers.size();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
