package io.newsroute.app.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives Kafka Streams' state-store meters one set of tag keys. Kafka tags a store's metrics by its
 * kind ({@code rocksdb.state.id}, {@code rocksdb.window.state.id}, {@code in.memory.state.id}, ...), so
 * one metric name ({@code kafka.stream.state.number.open.files}) comes with different tag keys for a
 * key-value and a window store, and Prometheus refuses all but the first. This filter reads such a
 * meter id and writes it with {@code state.id} (the store name) and {@code store.type} (the kind, e.g.
 * {@code rocksdb.window}) instead, so every store's meters are exported.
 */
public final class StateStoreTagFilter implements MeterFilter {

    private static final String SUFFIX = ".state.id";
    private static final String STATE_ID = "state.id";

    @Override
    public Meter.Id map(Meter.Id id) {
        if (!id.getName().startsWith("kafka.stream.")) {
            return id;
        }
        List<Tag> tags = new ArrayList<>();
        boolean changed = false;
        for (Tag tag : id.getTagsAsIterable()) {
            String key = tag.getKey();
            if (key.endsWith(SUFFIX) && !key.equals(STATE_ID)) {
                tags.add(Tag.of(STATE_ID, tag.getValue()));
                String kind = key.substring(0, key.length() - SUFFIX.length()).replace('-', '.');
                tags.add(Tag.of("store.type", kind.toLowerCase(Locale.ROOT)));
                changed = true;
            } else {
                tags.add(tag);
            }
        }
        return changed ? id.replaceTags(tags) : id;
    }
}
