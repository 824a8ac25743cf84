package io.newsroute.tagger.themes;

import io.newsroute.common.model.ThemeTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the themes an enriched record keeps out of what {@link ThemeTagger} found, so a reader gets
 * the ones worth acting on. Reads a list of {@link ThemeTag}s (highest score first), writes a shorter one:
 * <ol>
 *   <li>a theme whose evidence is all in the evidence of one of its own descendants that was also
 *       found (a top level and its child citing the same words) is dropped: the descendant says the
 *       same, more precisely, and names the top level in its {@code top}. The descendant takes the
 *       dropped theme's score when that is higher (the same evidence supports both), so the ranking
 *       of top levels, and a subscriber's filter on the top level, are unchanged;</li>
 *   <li>then at most {@code maxThemes} themes are kept: first the best theme of each top level, by
 *       score, then the next best of any top level, so the cap cuts repeats under one top level
 *       before it cuts a top level;</li>
 *   <li>each kept theme cites at most {@value #MAX_EVIDENCE} pieces of evidence (its first ones).</li>
 * </ol>
 * The result is ordered by score, highest first. The default cap, {@value #DEFAULT_MAX_THEMES}, is the
 * smallest with which the BBC, German and French dev-set figures stayed exactly as without a cap (3
 * lost 0.002–0.010 restricted; see the README, "Record v2").
 */
public final class ThemeSelection {

    /** Themes kept per article unless configured otherwise ({@code tagger.themes.max}). */
    public static final int DEFAULT_MAX_THEMES = 4;

    /** Evidence kept per theme in the record. */
    public static final int MAX_EVIDENCE = 2;

    private static final Comparator<ThemeTag> BY_SCORE =
            Comparator.comparingDouble(ThemeTag::score).reversed();

    private final IptcVocabulary vocabulary;
    private final int maxThemes;

    public ThemeSelection(Taxonomy taxonomy, int maxThemes) {
        if (maxThemes < 1) {
            throw new IllegalArgumentException("at least one theme must be kept, not " + maxThemes);
        }
        this.vocabulary = taxonomy.vocabulary();
        this.maxThemes = maxThemes;
    }

    /** The selection with the default cap. */
    public static ThemeSelection standard(Taxonomy taxonomy) {
        return new ThemeSelection(taxonomy, DEFAULT_MAX_THEMES);
    }

    /** The cap. */
    public int maxThemes() {
        return maxThemes;
    }

    /** The themes kept out of {@code themes} (highest score first), highest score first. */
    public List<ThemeTag> select(List<ThemeTag> themes) {
        int n = themes.size();
        boolean[] dropped = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n && !dropped[i]; j++) {
                dropped[i] = j != i && covers(themes.get(j), themes.get(i));
            }
        }
        double[] score = new double[n];
        for (int j = 0; j < n; j++) {
            score[j] = themes.get(j).score();
            for (int i = 0; i < n && !dropped[j]; i++) {
                if (dropped[i] && covers(themes.get(j), themes.get(i))) {
                    score[j] = Math.max(score[j], themes.get(i).score());
                }
            }
        }
        List<ThemeTag> kept = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            ThemeTag t = themes.get(j);
            if (!dropped[j]) {
                kept.add(
                        score[j] == t.score() && t.evidence().size() <= MAX_EVIDENCE
                                ? t
                                : new ThemeTag(
                                        t.code(),
                                        t.label(),
                                        t.top(),
                                        score[j],
                                        t.evidence()
                                                .subList(
                                                        0,
                                                        Math.min(
                                                                MAX_EVIDENCE,
                                                                t.evidence().size()))));
            }
        }
        kept.sort(BY_SCORE); // stable: equal scores keep the tagger's order
        return capped(kept);
    }

    /** At most {@code maxThemes} of {@code ranked}: each top level's best first, then the rest; in score order. */
    private List<ThemeTag> capped(List<ThemeTag> ranked) {
        if (ranked.size() <= maxThemes) {
            return List.copyOf(ranked);
        }
        boolean[] chosen = new boolean[ranked.size()];
        Set<String> tops = new HashSet<>();
        int count = 0;
        for (int i = 0; i < ranked.size() && count < maxThemes; i++) {
            if (tops.add(String.valueOf(ranked.get(i).top()))) {
                chosen[i] = true;
                count++;
            }
        }
        for (int i = 0; i < ranked.size() && count < maxThemes; i++) {
            if (!chosen[i]) {
                chosen[i] = true;
                count++;
            }
        }
        List<ThemeTag> out = new ArrayList<>(maxThemes);
        for (int i = 0; i < ranked.size(); i++) {
            if (chosen[i]) {
                out.add(ranked.get(i));
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code descendant} lies below {@code ancestor} and cites all of its evidence. */
    private boolean covers(ThemeTag descendant, ThemeTag ancestor) {
        return descendant.top() != null
                && descendant.top().equals(ancestor.top())
                && !descendant.code().equals(ancestor.code())
                && descendant.evidence().containsAll(ancestor.evidence())
                && isBelow(descendant.code(), ancestor.code());
    }

    private boolean isBelow(String code, String ancestor) {
        Optional<IptcTopic> t = vocabulary.byCode(code);
        for (int depth = 0; t.isPresent() && t.get().parent() != null && depth < 16; depth++) {
            if (t.get().parent().equals(ancestor)) {
                return true;
            }
            t = vocabulary.byCode(t.get().parent());
        }
        return false;
    }
}
