package io.newsroute.tagger.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroute.common.model.Article;
import io.newsroute.tagger.ArticleTagger;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TaggerWarmUpTest {

    @Test
    void shouldTagSampleArticlesInEveryLanguageUntilSteadyOrOutOfTime() {
        ArticleTagger tagger = ArticleTagger.standard();
        Set<String> languages = new HashSet<>();
        TaggerWarmUp.Result result = TaggerWarmUp.run(
                a -> {
                    var e = tagger.enrich(a);
                    languages.add(e.language());
                    return e;
                },
                Duration.ofSeconds(60),
                2_000);

        assertTrue(result.steady(), "steady within a minute: " + result);
        assertTrue(result.articles() >= 2_000 && result.passes() >= TaggerWarmUp.STEADY_PASSES, result.toString());
        assertEquals(result.passes() * TaggerWarmUp.PASS_ARTICLES, result.articles());
        assertEquals(Set.copyOf(SampleArticles.LANGUAGES), languages);
        assertTrue(result.lastMicrosPerArticle() > 0, result.toString());
    }

    @Test
    void shouldStopAtTheBudget() {
        AtomicInteger calls = new AtomicInteger();
        ArticleTagger tagger = ArticleTagger.standard();
        TaggerWarmUp.Result result = TaggerWarmUp.run(
                a -> {
                    calls.incrementAndGet();
                    return tagger.enrich(a);
                },
                Duration.ofMillis(1));

        assertEquals(1, result.passes(), "one pass started before the budget ran out");
        assertFalse(result.steady());
        assertEquals(TaggerWarmUp.PASS_ARTICLES, calls.get());
    }

    @Test
    void shouldDoNothingWithAZeroBudget() {
        TaggerWarmUp.Result result = TaggerWarmUp.run(
                a -> {
                    throw new AssertionError("tagged " + a.id());
                },
                Duration.ZERO);

        assertEquals(0, result.passes());
    }

    @Test
    void shouldCallPassesSteadyOnlyWhenAllAreWithinTenPercentOfTheirMean() {
        assertTrue(TaggerWarmUp.steady(new double[] {100, 105, 95, 100, 100}));
        assertFalse(TaggerWarmUp.steady(new double[] {100, 100, 100, 100, 130}));
        assertFalse(TaggerWarmUp.steady(new double[] {300, 90, 90, 90, 90}));
    }

    @Test
    void shouldGenerateTheSameSampleForTheSameSeed() {
        List<Article> a = SampleArticles.generate(20, 500, 3);
        List<Article> b = SampleArticles.generate(20, 500, 3);
        assertEquals(a, b);
    }
}
