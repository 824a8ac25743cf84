package io.newsroute.bench;

import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.tagger.ArticleEnricher;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wraps a tagger and measures the CPU time the calling (stream) thread spends in it, per article:
 * what tagging really costs inside the pipeline, next to the broker and the JSON, as opposed to the
 * JMH figure on a quiet core. Two thread-CPU clock reads per article. Reads articles; writes nothing
 * but its counters.
 */
final class TaggerCpuMeter implements ArticleEnricher {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ArticleEnricher tagger;
    private final LongAdder nanos = new LongAdder();
    private final LongAdder articles = new LongAdder();

    TaggerCpuMeter(ArticleEnricher tagger) {
        this.tagger = tagger;
    }

    @Override
    public EnrichedArticle enrich(Article article) {
        long before = THREADS.getCurrentThreadCpuTime();
        EnrichedArticle e = tagger.enrich(article);
        nanos.add(THREADS.getCurrentThreadCpuTime() - before);
        articles.increment();
        return e;
    }

    /** Mean thread CPU microseconds per tagged article so far; NaN before the first. */
    double microsPerArticle() {
        long n = articles.sum();
        return n == 0 ? Double.NaN : nanos.sum() / 1000.0 / n;
    }
}
