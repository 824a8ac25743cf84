package io.newsroute.enrich;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a failed stream thread gets: a fatal error (not authorised, not authenticated, an
 * unsupported broker, a refused configuration, a missing source topic, a JVM {@link Error}) shuts the
 * whole client down, so it reaches ERROR and {@code newsroute enrich} exits non-zero for a supervisor
 * to restart or a person to fix; any other failure replaces the thread (its task's transaction was
 * aborted, nothing is lost), unless more than {@code maxReplacements} threads failed within
 * {@code window}: then the error is taken to be persistent and the client shuts down too. Reads and
 * writes nothing; thread-safe.
 */
final class ThreadFailurePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadFailurePolicy.class);
    private static final List<Class<? extends Throwable>> FATAL = List.of(
            AuthorizationException.class,
            AuthenticationException.class,
            UnsupportedVersionException.class,
            InvalidConfigurationException.class,
            MissingSourceTopicException.class,
            Error.class);

    private final int maxReplacements;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Deque<Long> recent = new ArrayDeque<>();
    private int replaced;

    ThreadFailurePolicy(int maxReplacements, Duration window, LongSupplier nanoTime) {
        this.maxReplacements = maxReplacements;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The response to a stream thread that died of {@code e}. */
    synchronized StreamThreadExceptionResponse onFailure(Throwable e) {
        if (isFatal(e)) {
            LOG.error("Stream thread failed with a fatal error; shutting the application down", e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        long now = nanoTime.getAsLong();
        recent.addLast(now);
        while (!recent.isEmpty() && now - recent.peekFirst() > windowNanos) {
            recent.removeFirst();
        }
        if (recent.size() > maxReplacements) {
            LOG.error(
                    "{} stream threads failed within {} s; shutting the application down",
                    recent.size(),
                    Duration.ofNanos(windowNanos).toSeconds(),
                    e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        replaced++;
        LOG.error("Stream thread failed; replacing it", e);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /** Threads replaced so far. */
    synchronized int replaced() {
        return replaced;
    }

    /** Whether {@code e} or one of its causes is an error no retry can fix. */
    static boolean isFatal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> c : FATAL) {
                if (c.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
