package io.newsroute.tagger.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole IPTC Media Topics vocabulary (active and retired concepts). Reads the tab-separated
 * table {@code iptc-mediatopics.tsv} (columns qcode, label, parent, top, retired; lines starting with
 * {@code #} are comments) bundled next to this class; writes nothing. Immutable and thread-safe.
 * Used to validate theme files and to walk the hierarchy.
 */
public final class IptcVocabulary {

    /** Classpath resource of the bundled table, relative to this class. */
    static final String RESOURCE = "iptc-mediatopics.tsv";

    private static final class Holder {
        static final IptcVocabulary BUNDLED = loadBundled();
    }

    private final Map<String, IptcTopic> byCode;
    private final Map<String, IptcTopic> activeByLabel;

    private IptcVocabulary(Map<String, IptcTopic> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, IptcTopic> labels = new HashMap<>();
        for (IptcTopic t : byCode.values()) {
            if (!t.retired()) {
                labels.putIfAbsent(normalizeLabel(t.label()), t);
            }
        }
        this.activeByLabel = Collections.unmodifiableMap(labels);
    }

    /** The vocabulary bundled with the tagger (IPTC release 2025-10-09). */
    public static IptcVocabulary bundled() {
        return Holder.BUNDLED;
    }

    private static IptcVocabulary loadBundled() {
        try (InputStream in = IptcVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
        }
    }

    /** Reads a table in the bundled format; fails with the line number on a malformed row. */
    static IptcVocabulary read(BufferedReader in) throws IOException {
        Map<String, IptcTopic> byCode = new LinkedHashMap<>();
        int lineNo = 0;
        boolean header = true;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (line.startsWith("qcode\t")) {
                    continue;
                }
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5 || f[0].isEmpty() || f[1].isEmpty() || f[3].isEmpty()) {
                throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": expected 5 tab-separated columns");
            }
            byCode.put(
                    f[0],
                    new IptcTopic(f[0], f[1], f[2].isEmpty() ? null : f[2], f[3], Boolean.parseBoolean(f[4].trim())));
        }
        return new IptcVocabulary(byCode);
    }

    /** The concept with this qcode (active or retired). */
    public Optional<IptcTopic> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The active concept with this label, compared case-insensitively with whitespace collapsed. */
    public Optional<IptcTopic> activeByLabel(String label) {
        return Optional.ofNullable(label == null ? null : activeByLabel.get(normalizeLabel(label)));
    }

    /** Number of concepts, retired ones included. */
    public int size() {
        return byCode.size();
    }

    static String normalizeLabel(String label) {
        return label.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
