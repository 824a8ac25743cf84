package io.newsroute.ingest.sources;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Spaces requests to the same host: at most {@code perSecond} requests per second per host, each
 * caller waiting for its slot. Reads the host name, writes nothing; time and sleeping are passed in
 * so tests need no real waiting. Thread-safe.
 */
public final class HostRateLimiter {

    /** Waits; {@link Thread#sleep(long)} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, Long> nextSlot = new HashMap<>();

    public HostRateLimiter(double perSecond) {
        this(perSecond, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    public HostRateLimiter(double perSecond, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("requests per second must be positive: " + perSecond);
        }
        this.intervalNanos = (long) (1e9 / perSecond);
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** Waits until a request to {@code host} may go. */
    public void acquire(String host) throws InterruptedException {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long slot = Math.max(now, nextSlot.getOrDefault(key, now));
            nextSlot.put(key, slot + intervalNanos);
            wait = slot - now;
        }
        if (wait > 0) {
            sleeper.sleepNanos(wait);
        }
    }
}
