package io.newsroute.bench.jmh;

import io.newsroute.bench.ArticlePool;
import io.newsroute.bench.FixedRoutingEnricher;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.kafka.JsonSerde;
import io.newsroute.tagger.ArticleTagger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JSON serde work the pipeline does per article, outside the tagger: the enrichment topology
 * reads an {@link Article} and writes an {@link EnrichedArticle}; the router reads the enriched record
 * again to find its countries. Measured for the real tags (with their mentions and themes) and for the
 * no-op ceiling's two bare country tags, on the same generated articles.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SerdeBenchmark {

    private final JsonSerde<Article> articleSerde = JsonSerde.of(Article.class);
    private final JsonSerde<EnrichedArticle> enrichedSerde = JsonSerde.of(EnrichedArticle.class);
    private byte[][] raw;
    private EnrichedArticle[] real;
    private EnrichedArticle[] noop;
    private byte[][] realBytes;
    private byte[][] noopBytes;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        var articles = ArticlePool.generate(256, 4096, 42).articles();
        ArticleTagger tagger = ArticleTagger.standard();
        FixedRoutingEnricher fixed = new FixedRoutingEnricher();
        int n = articles.size();
        raw = new byte[n][];
        real = new EnrichedArticle[n];
        noop = new EnrichedArticle[n];
        realBytes = new byte[n][];
        noopBytes = new byte[n][];
        long rawSize = 0;
        long realSize = 0;
        long noopSize = 0;
        for (int i = 0; i < n; i++) {
            raw[i] = articleSerde.serialize(null, articles.get(i));
            real[i] = tagger.enrich(articles.get(i));
            noop[i] = fixed.enrich(articles.get(i));
            realBytes[i] = enrichedSerde.serialize(null, real[i]);
            noopBytes[i] = enrichedSerde.serialize(null, noop[i]);
            rawSize += raw[i].length;
            realSize += realBytes[i].length;
            noopSize += noopBytes[i].length;
        }
        System.out.printf(
                "%nmean JSON bytes: raw article %d, enriched real %d, enriched no-op %d%n",
                rawSize / n, realSize / n, noopSize / n);
    }

    private int nextIndex() {
        int i = next;
        next = next + 1 == raw.length ? 0 : next + 1;
        return i;
    }

    @Benchmark
    public Article readArticle() {
        return articleSerde.deserialize(null, raw[nextIndex()]);
    }

    @Benchmark
    public byte[] writeEnrichedReal() {
        return enrichedSerde.serialize(null, real[nextIndex()]);
    }

    @Benchmark
    public byte[] writeEnrichedNoop() {
        return enrichedSerde.serialize(null, noop[nextIndex()]);
    }

    @Benchmark
    public EnrichedArticle readEnrichedReal() {
        return enrichedSerde.deserialize(null, realBytes[nextIndex()]);
    }

    @Benchmark
    public EnrichedArticle readEnrichedNoop() {
        return enrichedSerde.deserialize(null, noopBytes[nextIndex()]);
    }
}
