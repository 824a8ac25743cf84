package io.newsroute.enrich.trends;

import io.newsroute.common.model.EnrichedArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the latest articles of each country (key: country code) in a key-value store, newest first by
 * record time, at most {@code max} per country; forwards nothing.
 */
final class KeepLatestProcessor implements Processor<String, EnrichedArticle, Void, Void> {

    private final String storeName;
    private final int max;
    private KeyValueStore<String, LatestArticles> latest;

    KeepLatestProcessor(String storeName, int max) {
        this.storeName = storeName;
        this.max = max;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        latest = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        LatestArticles now = latest.get(record.key());
        LatestArticles next = (now == null ? LatestArticles.empty() : now)
                .with(new LatestArticle(record.timestamp(), record.value()), max);
        if (!next.equals(now)) {
            latest.put(record.key(), next);
        }
    }
}
