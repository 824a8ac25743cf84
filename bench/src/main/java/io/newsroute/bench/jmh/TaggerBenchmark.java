package io.newsroute.bench.jmh;

import io.newsroute.bench.ArticlePool;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.ThemeTag;
import io.newsroute.tagger.ArticleTagger;
import io.newsroute.tagger.countries.CountryTagger;
import io.newsroute.tagger.text.ArticleTokens;
import io.newsroute.tagger.themes.ThemeTagger;
import io.newsroute.tagger.warmup.SampleArticles;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The taggers on generated articles of about 4 KB (a pool of 256 from {@code ArticleGenerator}), one
 * article per operation, single-threaded (so a rate is per core): the shared tokenizer alone, the
 * country tagger, the theme tagger (each reading the text itself), both together as
 * {@link ArticleTagger} (the text read once for both), and a plain single pass over the same
 * characters (the floor that any tagger reading the text once is measured against); and
 * {@code mixedLanguages}: {@link ArticleTagger} on a pool of articles in the ten supported languages
 * ({@link SampleArticles}) with no declared language, so identifying it is part of the cost. What themes
 * add to an article is {@code countriesAndThemes} minus {@code countries}, in time per article. {@code bench/tagger.sh} turns articles/s
 * into MB/s with the pool's mean text size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TaggerBenchmark {

    /** Pool size and article size; the defaults are what the README reports. */
    @Param("256")
    public int poolSize;

    @Param("4096")
    public int articleBytes;

    private Article[] articles;
    private Article[] mixed;
    private int nextMixed;
    private CountryTagger countries;
    private ThemeTagger themes;
    private ArticleTagger tagger;
    private final ArticleTokens tokens = new ArticleTokens();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        articles = ArticlePool.generate(poolSize, articleBytes, 42).articles().toArray(new Article[0]);
        mixed = SampleArticles.generate(poolSize, MIXED_CHARS, 42).toArray(new Article[0]);
        countries = CountryTagger.standard();
        themes = ThemeTagger.standard();
        tagger = new ArticleTagger(countries, themes);
    }

    private Article nextArticle() {
        Article a = articles[next];
        next = next + 1 == articles.length ? 0 : next + 1;
        return a;
    }

    /** Reading the text into the tokens both taggers share (part of each benchmark below). */
    @Benchmark
    public ArticleTokens tokenize() {
        Article a = nextArticle();
        return tokens.scan(a.title(), a.subtitle(), a.body());
    }

    /** The country tagger alone: its own cost per article, reading the text included. */
    @Benchmark
    public List<CountryTag> countries() {
        Article a = nextArticle();
        return countries.tag(tokens.scan(a.title(), a.subtitle(), a.body()));
    }

    /** The theme tagger alone, reading the text included. */
    @Benchmark
    public List<ThemeTag> themes() {
        Article a = nextArticle();
        return themes.tag(tokens.scan(a.title(), a.subtitle(), a.body()));
    }

    @Benchmark
    public EnrichedArticle countriesAndThemes() {
        return tagger.enrich(nextArticle());
    }

    /** Characters per mixed-language article: a 4 KB article in Latin script is about 4,000 characters. */
    public static final int MIXED_CHARS = 3000;

    /** Language identification, countries and themes on articles in ten languages, taken in turn. */
    @Benchmark
    public EnrichedArticle mixedLanguages() {
        Article a = mixed[nextMixed];
        nextMixed = nextMixed + 1 == mixed.length ? 0 : nextMixed + 1;
        return tagger.enrich(a);
    }

    /** One pass over the same characters, counting letters and whitespace: the physical floor. */
    @Benchmark
    public long plainScan() {
        Article a = nextArticle();
        return scan(a.title()) + scan(a.subtitle()) + scan(a.body());
    }

    static long scan(String s) {
        if (s == null) {
            return 0;
        }
        int letters = 0;
        int spaces = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isWhitespace(c)) {
                spaces++;
            }
        }
        return ((long) letters << 32) | spaces;
    }
}
