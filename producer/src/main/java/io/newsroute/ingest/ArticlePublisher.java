package io.newsroute.ingest;

import io.newsroute.common.model.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link Article}s to the raw topic, keyed by article id, with an idempotent producer
 * ({@code acks=all}). An article whose id was already published by this publisher is skipped, so
 * re-reading the same files does not publish twice. The producer is passed in.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);

    private final Producer<String, Article> producer;
    private final String topic;
    /** Sends per article in {@link #publishAll} when the failures are retriable. */
    public static final int MAX_ATTEMPTS = 3;
    /** How many recent ids the publisher remembers to skip repeats (oldest forgotten first). */
    public static final int REMEMBERED_IDS = 1_000_000;

    private final Set<String> published = Collections.synchronizedSet(
            Collections.newSetFromMap(new LinkedHashMap<String, Boolean>(1024, 0.75f, false) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_IDS;
                }
            }));

    public ArticlePublisher(Producer<String, Article> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** What happened to a batch of articles. */
    public record Result(List<String> publishedIds, int duplicates, List<String> failures) {}

    /**
     * Sends one article; returns {@code null} when its id was already published (or is being sent). The
     * future completes when Kafka acknowledged it, or fails with the reason; a failed id is forgotten
     * before the future completes, so it may be sent again at once.
     */
    public CompletableFuture<RecordMetadata> publish(Article article) {
        if (!published.add(article.id())) {
            LOG.debug("Skipping duplicate article {}", article.id());
            return null;
        }
        CompletableFuture<RecordMetadata> done = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, article.id(), article), (meta, e) -> {
                if (e != null) {
                    published.remove(article.id());
                    LOG.warn("Publishing article {} failed: {}", article.id(), e.toString());
                    done.completeExceptionally(e);
                } else {
                    LOG.debug(
                            "Published article {} to {}-{}@{}",
                            article.id(),
                            meta.topic(),
                            meta.partition(),
                            meta.offset());
                    done.complete(meta);
                }
            });
            return done;
        } catch (RuntimeException e) {
            // send threw before the callback was registered (e.g. serialization): the id was not published
            published.remove(article.id());
            throw e;
        }
    }

    /**
     * Sends every article and waits until Kafka has acknowledged each one. An article whose send failed
     * with a retriable error (a delivery timeout on an overloaded broker, a lost leader) is sent again,
     * up to {@link #MAX_ATTEMPTS} sends in all. A resend is a new record: when the first send was written
     * but its acknowledgement lost (a delivery timeout), the raw topic holds it twice; the idempotent
     * producer only removes the producer's own internal retries, and the enrich step's dedup window
     * ({@code dedup.window}) drops the repeat, so it reaches the country topics once. What still fails is
     * reported in {@link Result#failures()}.
     */
    public Result publishAll(List<Article> articles) throws InterruptedException {
        int duplicates = 0;
        List<String> ok = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Article> toSend = articles;
        for (int attempt = 1; !toSend.isEmpty(); attempt++) {
            List<Article> sent = new ArrayList<>();
            List<Future<RecordMetadata>> futures = new ArrayList<>();
            for (Article a : toSend) {
                Future<RecordMetadata> f = publish(a);
                if (f == null) {
                    duplicates++;
                } else {
                    sent.add(a);
                    futures.add(f);
                }
            }
            producer.flush();
            List<Article> again = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                String id = sent.get(i).id();
                try {
                    futures.get(i).get();
                    ok.add(id);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RetriableException && attempt < MAX_ATTEMPTS) {
                        LOG.info(
                                "Sending article {} again after a retriable failure (attempt {}): {}",
                                id,
                                attempt,
                                e.getCause().toString());
                        again.add(sent.get(i));
                    } else {
                        failures.add(id + ": " + e.getCause());
                    }
                }
            }
            toSend = again;
        }
        return new Result(List.copyOf(ok), duplicates, List.copyOf(failures));
    }

    @Override
    public void close() {
        producer.close();
    }
}
