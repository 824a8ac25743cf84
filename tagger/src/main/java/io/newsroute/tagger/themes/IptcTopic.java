package io.newsroute.tagger.themes;

/**
 * One concept of the IPTC Media Topics vocabulary, as read from the bundled table
 * {@code iptc-mediatopics.tsv}. Holds no behaviour; written by {@link IptcVocabulary}.
 *
 * @param code    qcode, e.g. {@code medtop:20000638}
 * @param label   en-GB label, e.g. {@code international relations}
 * @param parent  qcode of the broader concept, or {@code null} for a top level
 * @param top     qcode of the top-level ancestor (the code itself for a top level)
 * @param retired true when IPTC has retired the concept; such codes must not be emitted
 */
public record IptcTopic(String code, String label, String parent, String top, boolean retired) {

    /** True for one of the 17 top-level topics. */
    public boolean isTopLevel() {
        return parent == null;
    }
}
