package io.newsroute.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the plain-text article layout: line 1 the title, optionally a short subtitle, then the
 * paragraphs, possibly followed by the site's trailer (paywall/newsletter/share prompts and an
 * author bio). Writes an {@link ExtractedPage} whose body holds only the paragraphs and whose
 * authors come from the bio.
 *
 * <p>Paragraphs are blank-line separated blocks when the text has blank lines after the title
 * (lines inside a block are joined), else one paragraph per line.
 *
 * <p>Subtitle heuristic: the first paragraph after the title is a subtitle when at least one more
 * paragraph follows it, it is at most {@value #MAX_SUBTITLE_LENGTH} characters, holds at most one
 * sentence (no ". X" sentence break inside), does not end with ':' and is shorter than the paragraph
 * after it. A lead paragraph usually fails one of these (long, several sentences).
 */
public final class TextArticleReader {

    static final int MAX_SUBTITLE_LENGTH = 200;
    /** How many trailing paragraphs may be examined as trailer (prompts and bios). */
    private static final int MAX_TRAILER_PARAGRAPHS = 8;

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"'”’)]?\\s+[\"'“‘(]?\\p{Lu}");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");

    /** Reads one text article. Throws {@link NoArticleTextException} when no body paragraph is left. */
    public ExtractedPage read(String text) {
        if (text == null) {
            throw new NoArticleTextException("no text");
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!normalised.isEmpty() && normalised.charAt(0) == '\uFEFF') {
            normalised = normalised.substring(1);
        }
        normalised = normalised.strip();
        int firstBreak = normalised.indexOf('\n');
        String title = TextCleaner.inline(firstBreak < 0 ? normalised : normalised.substring(0, firstBreak));
        String rest = firstBreak < 0 ? "" : normalised.substring(firstBreak + 1).strip();
        List<String> paragraphs = paragraphs(rest);

        List<String> authors = new ArrayList<>();
        stripTrailer(paragraphs, authors);
        paragraphs.removeIf(BoilerplateText::isPrompt);

        String subtitle = null;
        if (paragraphs.size() >= 2 && looksLikeSubtitle(paragraphs.get(0), paragraphs.get(1))) {
            subtitle = paragraphs.remove(0);
        }
        String body = TextCleaner.joinParagraphs(paragraphs);
        if (title.isEmpty() || body.isEmpty()) {
            throw new NoArticleTextException("text holds a title but no article paragraphs");
        }
        return new ExtractedPage(
                title, subtitle, List.copyOf(new LinkedHashSet<>(authors)), null, null, null, null, body);
    }

    static boolean looksLikeSubtitle(String candidate, String next) {
        return candidate.length() <= MAX_SUBTITLE_LENGTH
                && !SENTENCE_BREAK.matcher(candidate).find()
                && !candidate.endsWith(":")
                && candidate.length() < next.length();
    }

    /** Removes the trailing prompts and bios, collecting the bio names into {@code authors}. */
    static void stripTrailer(List<String> paragraphs, List<String> authors) {
        int examined = 0;
        while (!paragraphs.isEmpty() && examined++ < MAX_TRAILER_PARAGRAPHS) {
            String last = paragraphs.get(paragraphs.size() - 1);
            if (BoilerplateText.isPrompt(last)) {
                paragraphs.remove(paragraphs.size() - 1);
                continue;
            }
            Optional<List<String>> bio = BoilerplateText.bioAuthors(last);
            if (bio.isPresent()) {
                authors.addAll(0, bio.get());
                paragraphs.remove(paragraphs.size() - 1);
                continue;
            }
            break;
        }
    }

    private static List<String> paragraphs(String rest) {
        List<String> out = new ArrayList<>();
        if (rest.isEmpty()) {
            return out;
        }
        if (BLANK_LINE.matcher(rest).find()) {
            for (String block : BLANK_LINE.split(rest)) {
                String p = TextCleaner.inline(block.replace('\n', ' '));
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        } else {
            for (String line : rest.split("\n")) {
                String p = TextCleaner.inline(line);
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
