package io.newsroute.producer.sources;

import io.newsroute.common.model.Article;
import io.newsroute.producer.ArticlePublisher;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The publishing path every source shares: reads articles, drops those the {@link Deduplicator} has
 * seen (same id or same text), sends the rest through the {@link ArticlePublisher} to the raw topic
 * (key = article id) and waits until Kafka has acknowledged each one. Counts everything in
 * {@link IngestStats}. An article whose send fails is released from the deduplicator so a later
 * attempt may publish it. Thread-safe.
 */
public final class SourcePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SourcePublisher.class);

    private final ArticlePublisher publisher;
    private final Deduplicator dedup;
    private final IngestStats stats;
    private final Duration ackTimeout;

    public SourcePublisher(ArticlePublisher publisher, Deduplicator dedup, IngestStats stats, Duration ackTimeout) {
        this.publisher = publisher;
        this.dedup = dedup;
        this.stats = stats;
        this.ackTimeout = ackTimeout;
    }

    /**
     * What happened to a batch.
     *
     * @param published  ids acknowledged by Kafka, in input order
     * @param duplicates ids of the input articles skipped as duplicates
     * @param failures   "id: reason" for each article that was not published
     */
    public record Outcome(List<String> published, List<String> duplicates, List<String> failures) {

        public Outcome {
            published = List.copyOf(published);
            duplicates = List.copyOf(duplicates);
            failures = List.copyOf(failures);
        }

        public boolean ok() {
            return failures.isEmpty();
        }
    }

    public Deduplicator deduplicator() {
        return dedup;
    }

    public IngestStats stats() {
        return stats;
    }

    /** Sends the new articles of the batch and waits for their acknowledgements. */
    public Outcome publish(List<Article> articles) throws InterruptedException {
        stats.read(articles.size());
        List<Article> sent = new ArrayList<>();
        List<Future<RecordMetadata>> futures = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Article a : articles) {
            Deduplicator.Verdict verdict = dedup.claim(a);
            if (verdict != Deduplicator.Verdict.NEW) {
                LOG.debug("Skipping article {}: {}", a.id(), verdict);
                duplicates.add(a.id());
                continue;
            }
            Future<RecordMetadata> f;
            try {
                f = publisher.publish(a);
            } catch (RuntimeException e) {
                dedup.release(a);
                fail(failures, a, e.toString());
                continue;
            }
            if (f == null) {
                duplicates.add(a.id());
            } else {
                sent.add(a);
                futures.add(f);
            }
        }
        List<String> ok = new ArrayList<>();
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int i = 0; i < futures.size(); i++) {
            Article a = sent.get(i);
            try {
                futures.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                ok.add(a.id());
            } catch (ExecutionException e) {
                dedup.release(a);
                fail(failures, a, String.valueOf(e.getCause()));
            } catch (TimeoutException e) {
                dedup.release(a);
                fail(failures, a, "no acknowledgement from Kafka within " + ackTimeout);
            }
        }
        stats.published(ok.size());
        stats.duplicates(duplicates.size());
        return new Outcome(ok, duplicates, failures);
    }

    private void fail(List<String> failures, Article a, String reason) {
        String line = a.id() + ": " + reason;
        LOG.warn("Publishing article {} failed: {}", a.id(), reason);
        failures.add(line);
        stats.failed(line);
    }
}
