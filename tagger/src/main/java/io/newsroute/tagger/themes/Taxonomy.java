package io.newsroute.tagger.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The themes a {@link ThemeTagger} can emit, read from a theme file (see {@link ThemeFileParser} for
 * the format) and checked against the IPTC Media Topics vocabulary, plus lookups over that whole
 * vocabulary for filtering ({@code subscribe --theme}): by qcode, bare 8-digit code or label, and
 * {@link #isSameOrDescendant}. Reads the theme file once; writes nothing. Immutable, thread-safe.
 */
public final class Taxonomy {

    /** Classpath resource of the bundled theme file, relative to this class. */
    static final String RESOURCE = "themes.txt";

    private static final class Holder {
        static final Taxonomy STANDARD = loadStandard();
    }

    private final IptcVocabulary vocabulary;
    private final Map<String, ThemeDefinition> themes;

    Taxonomy(IptcVocabulary vocabulary, List<ThemeDefinition> themes) {
        this.vocabulary = vocabulary;
        Map<String, ThemeDefinition> m = new LinkedHashMap<>();
        for (ThemeDefinition t : themes) {
            m.put(t.code(), t);
        }
        this.themes = Collections.unmodifiableMap(m);
    }

    /** The bundled taxonomy ({@code themes.txt} next to this class). */
    public static Taxonomy standard() {
        return Holder.STANDARD;
    }

    private static Taxonomy loadStandard() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
        }
    }

    /**
     * Reads a user theme file (UTF-8).
     *
     * @throws ThemeFileException listing every problem when the file is invalid
     * @throws IOException        when it cannot be read
     */
    public static Taxonomy fromFile(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads a theme file from {@code in}; {@code source} names it in error messages. */
    public static Taxonomy read(BufferedReader in, String source) throws IOException {
        IptcVocabulary vocabulary = IptcVocabulary.bundled();
        return new Taxonomy(vocabulary, new ThemeFileParser(vocabulary, source).parse(in));
    }

    /** The themes, in file order. */
    public List<ThemeDefinition> themes() {
        return List.copyOf(themes.values());
    }

    /** The theme with this qcode, if the taxonomy defines it. */
    public Optional<ThemeDefinition> theme(String code) {
        return Optional.ofNullable(code == null ? null : themes.get(code));
    }

    /** The IPTC vocabulary the taxonomy was checked against. */
    public IptcVocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Finds an active IPTC topic by qcode ({@code medtop:20000638}), bare code ({@code 20000638}) or
     * label ({@code international relations}, case-insensitive). Retired codes are not found.
     */
    public Optional<IptcTopic> find(String codeOrLabel) {
        if (codeOrLabel == null || codeOrLabel.isBlank()) {
            return Optional.empty();
        }
        String q = codeOrLabel.strip();
        if (q.regionMatches(true, 0, "medtop:", 0, 7)) {
            q = "medtop:" + q.substring(7);
        }
        Optional<IptcTopic> byCode = vocabulary.byCode(q.length() == 8 && isDigits(q) ? "medtop:" + q : q);
        if (byCode.isPresent()) {
            return byCode.filter(t -> !t.retired());
        }
        return vocabulary.activeByLabel(q);
    }

    /**
     * True when {@code code} is the topic named by {@code ancestorCodeOrLabel} or lies below it in the
     * IPTC hierarchy. False when either is unknown or retired.
     */
    public boolean isSameOrDescendant(String code, String ancestorCodeOrLabel) {
        Optional<IptcTopic> ancestor = find(ancestorCodeOrLabel);
        Optional<IptcTopic> topic = find(code);
        if (ancestor.isEmpty() || topic.isEmpty()) {
            return false;
        }
        String target = ancestor.get().code();
        IptcTopic t = topic.get();
        for (int depth = 0; t != null && depth < 16; depth++) {
            if (t.code().equals(target)) {
                return true;
            }
            t = t.parent() == null ? null : vocabulary.byCode(t.parent()).orElse(null);
        }
        return false;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
