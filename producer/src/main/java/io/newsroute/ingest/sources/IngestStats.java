package io.newsroute.ingest.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of one ingestion run: articles read, published, skipped as duplicates, failed (with the
 * first {@value #MAX_REASONS} reasons kept), and input bytes consumed (for progress). Written by the
 * sources and {@link SourcePublisher}, read by {@link Progress} and the final summary. Thread-safe.
 */
public final class IngestStats {

    /** How many failure reasons are kept for the summary. */
    public static final int MAX_REASONS = 100;

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final List<String> reasons = new ArrayList<>();

    public void read(long n) {
        read.addAndGet(n);
    }

    public void published(long n) {
        published.addAndGet(n);
    }

    public void duplicates(long n) {
        duplicates.addAndGet(n);
    }

    /** Counts one failure (a file, line, item or article that was not published) and keeps its reason. */
    public void failed(String reason) {
        failed.incrementAndGet();
        synchronized (reasons) {
            if (reasons.size() < MAX_REASONS) {
                reasons.add(reason);
            }
        }
    }

    public void bytes(long n) {
        bytes.addAndGet(n);
    }

    public long read() {
        return read.get();
    }

    public long published() {
        return published.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long failed() {
        return failed.get();
    }

    public long bytes() {
        return bytes.get();
    }

    /** The kept failure reasons, oldest first. */
    public List<String> reasons() {
        synchronized (reasons) {
            return List.copyOf(reasons);
        }
    }

    /** "read 12, published 10, duplicates skipped 1, failed 1". */
    public String summary() {
        return String.format(
                Locale.ROOT,
                "read %d, published %d, duplicates skipped %d, failed %d",
                read(),
                published(),
                duplicates(),
                failed());
    }
}
