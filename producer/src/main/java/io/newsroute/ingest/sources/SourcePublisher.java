package io.newsroute.ingest.sources;

import io.newsroute.common.model.Article;
import io.newsroute.ingest.ArticlePublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publishing path every source shares: reads articles, drops those the {@link Deduplicator} has
 * seen (same id or same text), sends the rest through the {@link ArticlePublisher} to the raw topic
 * (key = article id) and waits until Kafka has acknowledged each one. Counts everything in
 * {@link IngestStats}. Retriable send failures are sent again; an article whose send finally fails is
 * released from the deduplicator so a later attempt may publish it, and one not acknowledged in time
 * stays claimed until its send completes (see {@link #publish}). Thread-safe.
 */
public final class SourcePublisher {

    /** Sends per article when the failures are retriable. */
    public static final int MAX_ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(SourcePublisher.class);

    private final ArticlePublisher publisher;
    private final Deduplicator dedup;
    private final IngestStats stats;
    private final Duration ackTimeout;
    /** Id to the acknowledgement of its send, while Kafka has not answered. */
    private final Map<String, CompletableFuture<RecordMetadata>> inFlight = new ConcurrentHashMap<>();

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

    /**
     * Sends the new articles of the batch and waits for their acknowledgements, until the ack timeout.
     * A send that failed with a retriable error (a timeout, no leader, an out-of-order sequence after
     * which the producer resets) is sent again, up to {@link #MAX_ATTEMPTS} sends with a backoff, while
     * time remains. An article whose send is still unacknowledged at the timeout is reported failed
     * ("still being sent") but stays claimed: a later batch with the same id waits for that send rather
     * than being told it is a duplicate, and only a send that finally failed releases the id.
     */
    public Outcome publish(List<Article> articles) throws InterruptedException {
        stats.read(articles.size());
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        List<String> ok = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Article> toSend = articles;
        Set<String> claimedHere = new HashSet<>();
        for (int attempt = 1; !toSend.isEmpty(); attempt++) {
            List<Pending> pending = send(toSend, claimedHere, duplicates, failures);
            List<Article> again = new ArrayList<>();
            for (Pending p : pending) {
                Attempt result = await(p, deadline);
                if (result == null) {
                    ok.add(p.article().id());
                } else if (result.retriable() && attempt < MAX_ATTEMPTS && System.nanoTime() < deadline) {
                    LOG.info(
                            "Sending article {} again after a retriable failure (attempt {}): {}",
                            p.article().id(),
                            attempt,
                            result.reason());
                    again.add(p.article());
                } else {
                    fail(failures, p.article(), result.reason());
                }
            }
            toSend = again;
            if (!again.isEmpty()) {
                long backoffNanos = TimeUnit.MILLISECONDS.toNanos(Math.min(8_000, 250L << Math.min(attempt, 6)));
                TimeUnit.NANOSECONDS.sleep(Math.max(0, Math.min(backoffNanos, deadline - System.nanoTime())));
            }
        }
        stats.published(ok.size());
        stats.duplicates(duplicates.size());
        return new Outcome(ok, duplicates, failures);
    }

    /** An article and the acknowledgement it waits for (its own send, or an earlier one of the same id). */
    private record Pending(Article article, CompletableFuture<RecordMetadata> ack) {}

    /** Why a send failed, and whether sending again may help. */
    private record Attempt(String reason, boolean retriable) {}

    /**
     * Sends each new article; an id whose earlier send (by another batch) is still unacknowledged waits
     * for that send; a repeat within this batch is a duplicate.
     */
    private List<Pending> send(
            List<Article> batch, Set<String> claimedHere, List<String> duplicates, List<String> failures) {
        List<Pending> pending = new ArrayList<>();
        for (Article a : batch) {
            CompletableFuture<RecordMetadata> earlier = inFlight.get(a.id());
            if (earlier != null && !claimedHere.contains(a.id())) {
                pending.add(new Pending(a, earlier));
                continue;
            }
            Deduplicator.Verdict verdict = dedup.claim(a);
            if (verdict != Deduplicator.Verdict.NEW) {
                LOG.debug("Skipping article {}: {}", a.id(), verdict);
                duplicates.add(a.id());
                continue;
            }
            CompletableFuture<RecordMetadata> f;
            try {
                f = publisher.publish(a);
            } catch (RuntimeException e) {
                dedup.release(a);
                fail(failures, a, e.toString());
                continue;
            }
            if (f == null) {
                duplicates.add(a.id());
                continue;
            }
            claimedHere.add(a.id());
            inFlight.put(a.id(), f);
            f.whenComplete((meta, e) -> settle(a, f, e));
            pending.add(new Pending(a, f));
        }
        return pending;
    }

    /** Once a send completes: confirmed in the deduplicator, or released so the article may be sent again (once). */
    private void settle(Article a, CompletableFuture<RecordMetadata> f, Throwable error) {
        if (inFlight.remove(a.id(), f)) {
            if (error == null) {
                dedup.confirm(a);
            } else {
                dedup.release(a);
            }
        }
    }

    /** Waits for one acknowledgement until the deadline; null when acknowledged. */
    private Attempt await(Pending p, long deadline) throws InterruptedException {
        try {
            p.ack().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            settle(p.article(), p.ack(), null);
            return null;
        } catch (ExecutionException e) {
            Throwable cause =
                    e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            settle(p.article(), p.ack(), cause);
            return new Attempt(
                    String.valueOf(cause),
                    cause instanceof RetriableException || cause instanceof OutOfOrderSequenceException);
        } catch (TimeoutException e) {
            return new Attempt(
                    "no acknowledgement from Kafka within " + ackTimeout + "; still being sent, try again later",
                    false);
        }
    }

    private void fail(List<String> failures, Article a, String reason) {
        String line = a.id() + ": " + reason;
        LOG.warn("Publishing article {} failed: {}", a.id(), reason);
        failures.add(line);
        stats.failed(line);
    }
}
