package io.newsroute.app.cli;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.common.model.ThemeTag;
import io.newsroute.tagger.themes.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides whether an article matches the themes a subscriber asked for: a theme matches when the
 * article has it or any theme below it in the IPTC tree. Requested themes are checked against the
 * taxonomy, so a typo fails at once instead of silently matching nothing.
 */
public final class ThemeFilter {

    private final Taxonomy taxonomy;
    private final List<String> wanted;

    private ThemeFilter(Taxonomy taxonomy, List<String> wanted) {
        this.taxonomy = taxonomy;
        this.wanted = List.copyOf(wanted);
    }

    /**
     * A filter for the requested themes (codes or labels); all articles pass when none are requested.
     *
     * @throws IllegalArgumentException naming a theme the taxonomy does not know
     */
    public static ThemeFilter of(List<String> requested, NewsrouteConfig config) {
        if (requested.isEmpty()) {
            return new ThemeFilter(null, List.of());
        }
        Taxonomy taxonomy = taxonomy(config);
        for (String r : requested) {
            if (taxonomy.find(r).isEmpty()) {
                throw new IllegalArgumentException(
                        "unknown theme '" + r + "': give an IPTC Media Topic code (medtop:...) or label");
            }
        }
        return new ThemeFilter(taxonomy, requested);
    }

    private static Taxonomy taxonomy(NewsrouteConfig config) {
        String file = config.get(NewsrouteConfig.TAXONOMY_FILE);
        if (file == null || file.isBlank()) {
            return Taxonomy.standard();
        }
        try {
            return Taxonomy.fromFile(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy " + file, e);
        }
    }

    public boolean accepts(EnrichedArticle a) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (ThemeTag t : a.themes()) {
            for (String w : wanted) {
                if (taxonomy.isSameOrDescendant(t.code(), w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
