package io.newsroute.common.model;

import java.util.List;

/**
 * An IPTC Media Topic an article concerns.
 *
 * @param code     IPTC Media Topic qcode, e.g. {@code medtop:20000638}
 * @param label    its English (en-GB) label
 * @param top      the qcode of its top-level ancestor (itself for a top level)
 * @param score    0..1
 * @param evidence the matched cue phrases
 */
public record ThemeTag(String code, String label, String top, double score, List<Mention> evidence) {
    public ThemeTag {
        score = rounded(score);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A score as a tag keeps it: three decimals, all a reader needs and a third of the bytes. */
    public static double rounded(double score) {
        return Math.round(score * 1000.0) / 1000.0;
    }
}
