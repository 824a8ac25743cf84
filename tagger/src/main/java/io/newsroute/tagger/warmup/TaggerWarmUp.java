package io.newsroute.tagger.warmup;

import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Warms a tagger's code before a service takes work: tags {@link SampleArticles} (all ten languages)
 * in passes of {@value #PASS_ARTICLES} on the calling thread until it has tagged at least
 * {@value #MIN_ARTICLES} articles and the CPU time per article of the last {@value #STEADY_PASSES}
 * passes is within {@value #TOLERANCE_PERCENT}% of their mean, or the budget is spent.
 *
 * <p>A freshly started JVM runs the tagger interpreted and then through several JIT tiers: measured
 * on 4 KB sample articles, about 300 us of CPU per article at first, a plateau near 90 us for
 * several seconds (C1 code, C2 compiles still queued), then 45 us from about 25,000 articles on.
 * Two passes agreeing is no sign of the end (the plateau agrees with itself), hence the minimum
 * count: the JIT's thresholds count invocations, so the unit is articles, not seconds. Warming
 * before joining the consumer group means the partitions this instance takes are tagged at full
 * speed. Reads nothing from the outside and writes nothing; the result says what it did.
 */
public final class TaggerWarmUp {

    static final int PASS_ARTICLES = 500;
    static final int MIN_ARTICLES = 30_000;
    static final int STEADY_PASSES = 5;
    static final int TOLERANCE_PERCENT = 10;
    private static final int ARTICLE_CHARS = 4000;

    /**
     * What a warm-up did.
     *
     * @param passes                  passes run
     * @param articles                articles tagged
     * @param elapsed                 wall time
     * @param firstMicrosPerArticle   CPU microseconds per article of the first pass
     * @param lastMicrosPerArticle    CPU microseconds per article of the last pass
     * @param steady                  whether it stopped because two passes agreed (not the budget)
     */
    public record Result(
            int passes,
            int articles,
            Duration elapsed,
            double firstMicrosPerArticle,
            double lastMicrosPerArticle,
            boolean steady) {}

    private TaggerWarmUp() {}

    /** Warms {@code tagger} for at most {@code budget} (a zero budget does nothing). */
    public static Result run(Function<Article, EnrichedArticle> tagger, Duration budget) {
        return run(tagger, budget, MIN_ARTICLES);
    }

    static Result run(Function<Article, EnrichedArticle> tagger, Duration budget, int minArticles) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        int passes = 0;
        long sink = 0;
        double first = 0;
        double[] recent = new double[STEADY_PASSES];
        double last = 0;
        boolean steady = false;
        while (!budget.isZero() && !budget.isNegative() && System.nanoTime() < deadline && !steady) {
            List<Article> articles = SampleArticles.generate(PASS_ARTICLES, ARTICLE_CHARS, passes);
            long cpu = threads.getCurrentThreadCpuTime();
            for (Article a : articles) {
                sink += tagger.apply(a).countries().size();
            }
            last = (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / articles.size();
            if (passes == 0) {
                first = last;
            }
            recent[passes % STEADY_PASSES] = last;
            passes++;
            steady = passes * PASS_ARTICLES >= minArticles && passes >= STEADY_PASSES && steady(recent);
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable: a negative country count");
        }
        return new Result(
                passes, passes * PASS_ARTICLES, Duration.ofNanos(System.nanoTime() - start), first, last, steady);
    }

    /** Whether every figure is within {@value #TOLERANCE_PERCENT}% of their mean. */
    static boolean steady(double[] microsPerArticle) {
        double mean = 0;
        for (double v : microsPerArticle) {
            mean += v / microsPerArticle.length;
        }
        for (double v : microsPerArticle) {
            if (Math.abs(v - mean) > mean * TOLERANCE_PERCENT / 100.0) {
                return false;
            }
        }
        return true;
    }
}
