package io.newsroute.bench;

import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.tagger.ArticleEnricher;
import java.util.List;

/**
 * The no-op ceiling's enricher: like {@link ArticleEnricher#noop()} it reads nothing of the text, but
 * so that the router does the same work as in the real pipeline it tags every article with exactly
 * two countries, picked from the id's hash among the generator's countries (so the records spread
 * over as many country topics as the real pipeline's do). Costs one hash per article.
 */
public final class FixedRoutingEnricher implements ArticleEnricher {

    /** Version string written into the enriched records. */
    public static final String VERSION = "bench-noop-2-countries";

    static final List<String> CODES = List.of(
            "JP", "LA", "FR", "DE", "BR", "IN", "KE", "CA", "AU", "EG", "MX", "ID", "VN", "NG", "AR", "SE", "PL", "TH",
            "ZA", "TR", "KR", "ES", "IT", "NO", "PE", "PH", "MA", "CL");

    private final CountryTag[] tags =
            CODES.stream().map(c -> new CountryTag(c, c, 1.0, true, List.of())).toArray(CountryTag[]::new);

    @Override
    public EnrichedArticle enrich(Article article) {
        return EnrichedArticle.of(article, countriesOf(article.id()), List.of(), VERSION);
    }

    /** The two tags of an article id: deterministic, always two different countries. */
    List<CountryTag> countriesOf(String id) {
        int h = Math.floorMod(id.hashCode(), tags.length);
        int second = (h + 1 + Math.floorMod(id.hashCode() >>> 8, tags.length - 1)) % tags.length;
        return List.of(tags[h], tags[second]);
    }

    /** The codes an article id is routed to (for counting expected records). */
    public List<String> codesOf(String id) {
        return countriesOf(id).stream().map(CountryTag::code).toList();
    }
}
