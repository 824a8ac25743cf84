package io.newsroute.tagger.themes;

import java.util.List;

/**
 * One theme of a taxonomy: an active IPTC Media Topic and the cues that signal it. Written by
 * {@link ThemeFileParser}; read by {@link Taxonomy} and {@link ThemeTagger}. Immutable.
 *
 * @param topic the IPTC concept (code, label, parent and top come from the IPTC table)
 * @param cues  its cue phrases, positive and negative, in file order
 * @param line  line of its {@code theme} header in the theme file
 */
public record ThemeDefinition(IptcTopic topic, List<Cue> cues, int line) {
    public ThemeDefinition {
        cues = List.copyOf(cues);
    }

    public String code() {
        return topic.code();
    }

    public String label() {
        return topic.label();
    }
}
