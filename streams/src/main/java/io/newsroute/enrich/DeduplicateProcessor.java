package io.newsroute.enrich;

import io.micrometer.core.instrument.Counter;
import io.newsroute.common.metrics.NewsrouteMetrics;
import io.newsroute.common.model.EnrichedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops an enriched article whose id was already seen within the dedup window, so replays of a feed
 * never reach the country topics twice. Reads and writes a key-value store of article id → record
 * time of its first sighting: one lookup per record, whatever the store holds. Entries older than
 * twice the window (in stream time) are deleted by a punctuation, so the store and its compacted
 * changelog stay bounded; forwards only first sightings.
 */
final class DeduplicateProcessor implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {

    private static final Logger LOG = LoggerFactory.getLogger(DeduplicateProcessor.class);
    /** Most often the expired ids are looked for (in stream time). */
    private static final Duration MAX_PURGE_INTERVAL = Duration.ofMinutes(10);

    private final String storeName;
    private final long windowMs;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, Long> seen;
    private Counter dropped;

    DeduplicateProcessor(String storeName, Duration window) {
        this.storeName = storeName;
        this.windowMs = window.toMillis();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
        this.dropped = NewsrouteMetrics.duplicatesDropped(context.applicationId());
        Duration every = Duration.ofMillis(Math.max(1000, Math.min(windowMs / 4, MAX_PURGE_INTERVAL.toMillis())));
        context.schedule(every, PunctuationType.STREAM_TIME, this::forgetExpired);
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        String id = record.value().id();
        long ts = record.timestamp();
        Long first = seen.get(id);
        if (first != null && Math.abs(ts - first) <= windowMs) {
            LOG.debug("Dropping repeated article id={} key={}", id, record.key());
            dropped.increment();
            return;
        }
        seen.put(id, ts);
        context.forward(record);
    }

    /** Deletes the ids first seen more than two windows before {@code streamTime}: no record can repeat them any more. */
    private void forgetExpired(long streamTime) {
        long oldest = streamTime - 2 * windowMs;
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = seen.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> e = it.next();
                if (e.value != null && e.value < oldest) {
                    expired.add(e.key);
                }
            }
        }
        for (String id : expired) {
            seen.delete(id);
        }
        if (!expired.isEmpty()) {
            LOG.debug("Forgot {} article ids first seen before {}", expired.size(), oldest);
        }
    }
}
