package io.newsroute.streams;

import io.newsroute.common.model.EnrichedArticle;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Drops an enriched article whose id was already seen within the dedup window, so replays of a feed
 * never reach the country topics twice. Reads and writes the windowed store of seen ids (by record
 * time); forwards only first sightings.
 */
final class DeduplicateProcessor implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {

    private static final Logger LOG = LoggerFactory.getLogger(DeduplicateProcessor.class);

    private final String storeName;
    private final long windowMs;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;
    private WindowStore<String, Long> seen;

    DeduplicateProcessor(String storeName, Duration window) {
        this.storeName = storeName;
        this.windowMs = window.toMillis();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        String id = record.value().id();
        long ts = record.timestamp();
        try (WindowStoreIterator<Long> it = seen.fetch(id, ts - windowMs, ts + windowMs)) {
            if (it.hasNext()) {
                LOG.debug("Dropping repeated article id={} key={}", id, record.key());
                return;
            }
        }
        seen.put(id, ts, ts);
        context.forward(record);
    }
}
