package io.newsroute.tagger.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a theme file and validates it against an {@link IptcVocabulary}; writes nothing. The format
 * is line-based UTF-8 text ({@code #} starts a comment line, blank lines are ignored):
 *
 * <pre>
 * theme medtop:20000638 international relations
 * cue 2.0: bilateral relations, foreign minister, diplomatic ties
 * cue 1.0: embassy, ambassador
 * not 1.0: relations manager
 * cue@de 2.0: Außenminister, bilaterale Beziehungen
 * cue@fr 2.0: ministre des affaires étrangères
 * </pre>
 *
 * <p>A {@code theme} line names an active IPTC qcode and its exact IPTC label (case-insensitive);
 * parent and top-level come from the IPTC table. {@code cue W:} lines add comma-separated phrases
 * that count {@code W} each; {@code not W:} lines add disambiguating phrases that subtract
 * {@code W}. {@code cue@xx} and {@code not@xx} lines are the same in language {@code xx} (fr, de, es, pt,
 * it; plain lines are English): an article gets only the cues of its own language, and an article in
 * a language with no cues gets no themes. Weights are in (0, {@value #MAX_WEIGHT}]. All problems are collected and reported
 * together in one {@link ThemeFileException}.
 */
final class ThemeFileParser {

    static final double MAX_WEIGHT = 10.0;
    /** Longest cue phrase, in tokens. */
    static final int MAX_PHRASE_TOKENS = 8;

    private static final Pattern CODE = Pattern.compile("medtop:\\d{8}");
    private static final int MAX_PROBLEMS = 50;

    private final IptcVocabulary vocabulary;
    private final String source;

    ThemeFileParser(IptcVocabulary vocabulary, String source) {
        this.vocabulary = vocabulary;
        this.source = source;
    }

    private static final class Draft {
        final IptcTopic topic;
        final int line;
        final List<Cue> cues = new ArrayList<>();
        final Map<String, Integer> seen = new HashMap<>();

        Draft(IptcTopic topic, int line) {
            this.topic = topic;
            this.line = line;
        }
    }

    List<ThemeDefinition> parse(BufferedReader in) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        Map<String, Integer> themeLines = new HashMap<>();
        Draft current = null;
        boolean skipping = false; // inside a rejected theme: its cues are not checked further
        int lineNo = 0;
        for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            if (line.startsWith("theme ") || line.equals("theme")) {
                current = null;
                skipping = true;
                IptcTopic topic = parseTheme(line, lineNo, problems, themeLines);
                if (topic != null) {
                    current = new Draft(topic, lineNo);
                    drafts.add(current);
                    skipping = false;
                }
            } else if (line.startsWith("cue ")
                    || line.startsWith("not ")
                    || line.startsWith("cue@")
                    || line.startsWith("not@")) {
                if (current == null) {
                    if (!skipping) {
                        problems.add(at(lineNo, "'" + line.substring(0, 3) + "' line before any 'theme' line"));
                    }
                    continue;
                }
                parseCues(line, lineNo, current, problems);
            } else {
                problems.add(at(
                        lineNo,
                        "unknown line, expected 'theme CODE LABEL', 'cue W: phrases' or " + "'not W: phrases': "
                                + clip(line)));
            }
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(source + ": no theme defined");
        }
        if (!problems.isEmpty()) {
            throw new ThemeFileException(source, problems);
        }
        List<ThemeDefinition> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(new ThemeDefinition(d.topic, d.cues, d.line));
        }
        return out;
    }

    private IptcTopic parseTheme(String line, int lineNo, List<String> problems, Map<String, Integer> themeLines) {
        String rest = line.substring(5).strip();
        int sp = rest.indexOf(' ');
        String code = sp < 0 ? rest : rest.substring(0, sp);
        String label = sp < 0 ? "" : rest.substring(sp + 1).strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(at(lineNo, "bad code '" + clip(code) + "', expected medtop: and 8 digits"));
            return null;
        }
        IptcTopic topic = vocabulary.byCode(code).orElse(null);
        if (topic == null) {
            problems.add(at(lineNo, "unknown code " + code + ": not an IPTC Media Topic"));
            return null;
        }
        if (topic.retired()) {
            problems.add(at(
                    lineNo,
                    "retired code " + code + " (" + topic.label() + "): IPTC no longer uses it; pick its replacement"));
            return null;
        }
        Integer first = themeLines.putIfAbsent(code, lineNo);
        if (first != null) {
            problems.add(at(lineNo, "duplicate theme " + code + " (first defined on line " + first + ")"));
            return null;
        }
        if (label.isEmpty()) {
            problems.add(at(lineNo, "theme " + code + " has no label; its IPTC label is '" + topic.label() + "'"));
            return null;
        }
        if (!IptcVocabulary.normalizeLabel(label).equals(IptcVocabulary.normalizeLabel(topic.label()))) {
            problems.add(at(
                    lineNo,
                    "label '" + clip(label) + "' does not match IPTC label '" + topic.label() + "' of " + code));
            return null;
        }
        return topic;
    }

    private void parseCues(String line, int lineNo, Draft theme, List<String> problems) {
        boolean negative = line.startsWith("not");
        CueLanguage language = CueLanguage.EN;
        String rest = line.substring(4);
        if (line.charAt(3) == '@') {
            int sp = rest.indexOf(' ');
            String code = sp < 0 ? rest : rest.substring(0, sp);
            language = CueLanguage.of(code);
            if (language == null || !code.equals(language.code)) {
                problems.add(at(
                        lineNo,
                        "unknown cue language '" + clip(code) + "' (cues can be written in " + CueLanguage.codes()
                                + ", as in 'cue@de 2: Bundesliga')"));
                return;
            }
            rest = sp < 0 ? "" : rest.substring(sp + 1);
        }
        int colon = rest.indexOf(':');
        if (colon < 0) {
            problems.add(
                    at(lineNo, "missing ':' after the weight, expected '" + line.substring(0, 3) + " W: phrases'"));
            return;
        }
        String w = rest.substring(0, colon).strip();
        double weight;
        try {
            weight = Double.parseDouble(w);
        } catch (NumberFormatException e) {
            problems.add(at(lineNo, "bad weight '" + clip(w) + "': not a number"));
            return;
        }
        if (!(weight > 0 && weight <= MAX_WEIGHT)) { // also rejects NaN
            problems.add(at(
                    lineNo,
                    "bad weight " + w + ": must be > 0 and <= " + MAX_WEIGHT + " (use a 'not' line to subtract)"));
            return;
        }
        String[] phrases = rest.substring(colon + 1).split(",", -1);
        for (String p : phrases) {
            addCue(p.strip(), weight, negative, language, lineNo, theme, problems);
        }
    }

    /** Adds one cue phrase of a cue line to {@code theme}, or a problem when it cannot be one. */
    private void addCue(
            String phrase,
            double weight,
            boolean negative,
            CueLanguage language,
            int lineNo,
            Draft theme,
            List<String> problems) {
        if (phrase.isEmpty()) {
            problems.add(at(lineNo, "empty cue phrase (stray comma?)"));
            return;
        }
        List<String> tokens = TokenScanner.normalize(phrase, language);
        if (tokens.isEmpty()) {
            problems.add(at(lineNo, "cue '" + clip(phrase) + "' has no word in it"));
            return;
        }
        if (tokens.contains(null)) {
            problems.add(at(
                    lineNo,
                    "cue '" + clip(phrase) + "' has a word longer than " + TokenScanner.MAX_TOKEN + " characters"));
            return;
        }
        if (tokens.size() > MAX_PHRASE_TOKENS) {
            problems.add(at(lineNo, "cue '" + clip(phrase) + "' has more than " + MAX_PHRASE_TOKENS + " words"));
            return;
        }
        String key = language.code + ":" + String.join(" ", tokens);
        Integer first = theme.seen.putIfAbsent(key, lineNo);
        if (first != null) {
            problems.add(at(
                    lineNo,
                    "duplicate cue '" + clip(phrase) + "' in theme " + theme.topic.code()
                            + " (same words as a cue on line " + first + ")"));
            return;
        }
        theme.cues.add(new Cue(phrase, weight, negative, lineNo, language.code));
    }

    private String at(int lineNo, String message) {
        return source + ":" + lineNo + ": " + message;
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
