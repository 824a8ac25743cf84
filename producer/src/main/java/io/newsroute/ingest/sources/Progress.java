package io.newsroute.ingest.sources;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows the progress of a bulk load from its {@link IngestStats}. On a terminal it redraws one line
 * with {@code \r}: a bar, the share of input bytes read, articles, rate and ETA; otherwise it writes
 * a plain line every {@code logEvery}. Writes to the stream given (stderr in the command); the
 * total is the input size in bytes, or negative when unknown (stdin), which leaves out bar and ETA.
 */
public final class Progress implements AutoCloseable {

    private static final int BAR_WIDTH = 24;
    private static final Duration REDRAW = Duration.ofMillis(250);

    private final IngestStats stats;
    private final long totalBytes;
    private final PrintStream out;
    private final boolean terminal;
    private final Duration logEvery;
    private final long startNanos = System.nanoTime();
    private ScheduledExecutorService ticker;
    private int lastWidth;

    public Progress(IngestStats stats, long totalBytes, PrintStream out, boolean terminal, Duration logEvery) {
        this.stats = stats;
        this.totalBytes = totalBytes;
        this.out = out;
        this.terminal = terminal;
        this.logEvery = logEvery;
    }

    /** Starts redrawing (terminal) or logging (otherwise) in a daemon thread. */
    public Progress start() {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsroute-progress");
            t.setDaemon(true);
            return t;
        });
        long every = (terminal ? REDRAW : logEvery).toMillis();
        ticker.scheduleAtFixedRate(this::tick, every, every, TimeUnit.MILLISECONDS);
        return this;
    }

    private synchronized void tick() {
        String line = line(System.nanoTime() - startNanos);
        if (terminal) {
            int pad = Math.max(0, lastWidth - line.length());
            out.print("\r" + line + " ".repeat(pad));
            lastWidth = line.length();
        } else {
            out.println("progress: " + line);
        }
        out.flush();
    }

    /** The progress text after {@code elapsedNanos}. */
    String line(long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        long bytes = stats.bytes();
        long articles = stats.read();
        double rate = articles / seconds;
        StringBuilder b = new StringBuilder();
        if (totalBytes > 0) {
            double share = Math.min(1.0, (double) bytes / totalBytes);
            if (terminal) {
                int filled = (int) Math.round(share * BAR_WIDTH);
                b.append('[')
                        .append("#".repeat(filled))
                        .append("-".repeat(BAR_WIDTH - filled))
                        .append("] ");
            }
            b.append(String.format(Locale.ROOT, "%3.0f%% %s/%s", share * 100, size(bytes), size(totalBytes)));
        } else {
            b.append(size(bytes));
        }
        b.append(String.format(
                Locale.ROOT,
                ", %d read, %d published, %d duplicates, %d failed, %.0f articles/s",
                articles,
                stats.published(),
                stats.duplicates(),
                stats.failed(),
                rate));
        if (totalBytes > 0 && bytes > 0 && bytes < totalBytes) {
            long etaSeconds = (long) ((totalBytes - bytes) / (bytes / seconds));
            b.append(String.format(Locale.ROOT, ", ETA %d:%02d", etaSeconds / 60, etaSeconds % 60));
        }
        return b.toString();
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Stops; on a terminal, draws the last state and ends the line. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (terminal) {
            tick();
            out.println();
        }
    }
}
