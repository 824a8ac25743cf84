package io.newsroute.ingest.sources;

import static io.newsroute.ingest.sources.TestSources.article;
import static io.newsroute.ingest.sources.TestSources.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.Article;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    @Test
    void shouldClaimTheSameCanonicalUrlOnce() {
        Deduplicator d = new Deduplicator();
        Article a = article("https://example.org/story?utm_source=x", "Budget", body("Lyon"));
        Article again = article("https://EXAMPLE.org/story/", "Budget (updated)", body("Lyon") + " More.");

        assertThat(a.id()).isEqualTo(again.id());
        assertThat(d.claim(a)).isEqualTo(Deduplicator.Verdict.NEW);
        assertThat(d.claim(again)).isEqualTo(Deduplicator.Verdict.DUPLICATE_ID);
    }

    @Test
    void shouldClaimTheSameNormalisedTextFromAnotherUrlOnce() {
        Deduplicator d = new Deduplicator();
        Article a = article("https://a.example/story", "Budget", body("Lyon"));
        Article syndicated = article(
                "https://b.example/other",
                "BUDGET!",
                body("Lyon").toUpperCase(java.util.Locale.ROOT).replace(".", " . "));

        assertThat(d.claim(a)).isEqualTo(Deduplicator.Verdict.NEW);
        assertThat(d.claim(syndicated)).isEqualTo(Deduplicator.Verdict.DUPLICATE_TEXT);
        assertThat(d.claim(article("https://c.example/x", "Budget", body("Nantes"))))
                .isEqualTo(Deduplicator.Verdict.NEW);
    }

    @Test
    void shouldTellShortArticlesWithDifferentTitlesApart() {
        Deduplicator d = new Deduplicator();

        assertThat(d.claim(article(null, "Storm hits coast", "Developing story.")))
                .isEqualTo(Deduplicator.Verdict.NEW);
        assertThat(d.claim(article(null, "Minister resigns", "Developing story.")))
                .isEqualTo(Deduplicator.Verdict.NEW);
    }

    @Test
    void shouldClaimAgainAfterARelease() {
        Deduplicator d = new Deduplicator();
        Article a = article("https://a.example/story", "Budget", body("Lyon"));
        d.claim(a);
        d.release(a);

        assertThat(d.claim(a)).isEqualTo(Deduplicator.Verdict.NEW);
    }

    @Test
    void shouldForgetTheOldestBeyondCapacityAndRestoreFromASnapshot() {
        Deduplicator d = new Deduplicator(2);
        Article first = article("https://a.example/1", "One", body("Lyon"));
        Article three = article("https://a.example/3", "Three", body("Brest"));
        for (Article a : java.util.List.of(first, article("https://a.example/2", "Two", body("Nantes")), three)) {
            d.claim(a);
            d.confirm(a);
        }

        assertThat(d.size()).isEqualTo(2);
        Deduplicator restored = new Deduplicator();
        restored.restore(d.snapshot());
        assertThat(restored.claim(first)).isEqualTo(Deduplicator.Verdict.NEW);
        assertThat(restored.claim(article("https://a.example/3", "Three", body("Brest"))))
                .isEqualTo(Deduplicator.Verdict.DUPLICATE_ID);
    }

    @Test
    void shouldKeepClaimedButUnacknowledgedArticlesOutOfTheSnapshot() {
        Deduplicator d = new Deduplicator();
        Article acked = article("https://a.example/1", "One", body("Lyon"));
        Article inFlight = article("https://a.example/2", "Two", body("Nantes"));
        d.claim(acked);
        d.confirm(acked);
        d.claim(inFlight);

        assertThat(d.snapshot()).containsOnlyKeys(acked.id());
        assertThat(d.claim(inFlight)).as("still claimed in memory").isEqualTo(Deduplicator.Verdict.DUPLICATE_ID);
    }
}
