package io.newsroute.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the short site furniture that ends up between or after article paragraphs: paywall and
 * newsletter prompts, share buttons, cookie notices, "Advertisement" labels, and author bios of the
 * form "X is a/an &lt;role&gt; at &lt;Site&gt;". Reads single paragraphs, writes verdicts and names.
 */
public final class BoilerplateText {

    /** Prompts recognised whole (case-insensitive, ignoring surrounding punctuation); may be glued together. */
    private static final List<String> PROMPTS = longestFirst(
            "want to read more",
            "subscribe for full access",
            "subscribe now",
            "subscribe today",
            "subscribe",
            "the authors",
            "the author",
            "about the authors",
            "about the author",
            "authors",
            "author",
            "already a subscriber",
            "log in",
            "login",
            "sign in",
            "sign up",
            "register",
            "continue reading",
            "read more",
            "read next",
            "read this next",
            "more stories",
            "related articles",
            "related stories",
            "related content",
            "related",
            "recommended",
            "recommended for you",
            "you may also like",
            "you might also like",
            "most popular",
            "most read",
            "trending",
            "advertisement",
            "advertising",
            "sponsored",
            "sponsored content",
            "story continues below advertisement",
            "article continues below advertisement",
            "continue reading below",
            "skip advertisement",
            "share this article",
            "share this story",
            "share this",
            "share",
            "share on facebook",
            "share on twitter",
            "share on linkedin",
            "share via email",
            "tweet",
            "email",
            "print",
            "facebook",
            "twitter",
            "linkedin",
            "whatsapp",
            "pinterest",
            "reddit",
            "comments",
            "comment",
            "leave a comment",
            "show comments",
            "view comments",
            "accept",
            "accept all",
            "accept cookies",
            "i agree",
            "got it",
            "close",
            "back to top",
            "top of page",
            "image",
            "photo",
            "video",
            "listen",
            "listen to this article",
            "newsletter",
            "sign up for our newsletter",
            "subscribe to our newsletter",
            "follow us",
            "highlights",
            "story highlights",
            "key points",
            "key takeaways",
            "get short url",
            "short url",
            "print this page");

    private static final Pattern LONGER_PROMPT = Pattern.compile("^(?:"
            + "(?:sign up|subscribe|register)\\b.{0,100}\\b(?:newsletter|updates|inbox|access|free|today|now|here)\\b.*"
            + "|(?:get|receive) (?:our|the) .{0,60}newsletter.*"
            + "|subscribe to .{0,140}"
            + "|(?:this|the) (?:article|story|content) is (?:for|only available to|exclusive to) subscribers.*"
            + "|(?:already a subscriber|not a subscriber|become a subscriber|support (?:our|independent) journalism).*"
            + "|we use cookies\\b.*|(?:this|our) (?:site|website) uses cookies\\b.*|by (?:continuing|using) (?:to use )?(?:this|our) (?:site|website).{0,80}cookies.*"
            + "|(?:share|follow) (?:this|us|on)\\b.{0,60}"
            + "|(?:click|tap) here to (?:subscribe|sign up|share|comment).*"
            + "|(?:copyright|©|\\(c\\)) ?(?:\\d{4})?.{0,120}(?:all rights reserved)?.*"
            + "|all rights reserved.*"
            + "|(?:read|see) (?:more|also)\\s*:.{0,120}"
            + ")$");

    private static final String NAME =
            "\\p{Lu}[\\p{L}.'’-]*(?: (?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|der|da|al|bin|la|le))*";
    private static final Pattern BIO = Pattern.compile("^(" + NAME + "(?:(?:, | and | & )" + NAME
            + ")*) (?:is|was|are|were|has been|have been|serves as|works as) "
            + "(?:(?:a|an|the|our|one of the|both|currently|now|formerly|also) )*[\\p{L}\\p{N}'’ ,-]{2,120}? "
            + "(?:at|for|of|with|in|on) (?:the )?\\p{Lu}[^\\n]{0,150}$");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(?:by|von|par|por|di)\\s+");
    private static final int MAX_PROMPT_LENGTH = 200;
    private static final int MAX_BIO_LENGTH = 400;

    private BoilerplateText() {}

    private static List<String> longestFirst(String... prompts) {
        List<String> sorted = new ArrayList<>(List.of(prompts));
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return List.copyOf(sorted);
    }

    /** Whether a paragraph is only site furniture (a prompt, label, share/cookie text). */
    public static boolean isPrompt(String paragraph) {
        String text = fold(paragraph);
        if (text.isEmpty() || text.length() > MAX_PROMPT_LENGTH) {
            return false;
        }
        if (consumedByPrompts(text)) {
            return true;
        }
        return LONGER_PROMPT.matcher(text).matches();
    }

    /** The author names when the paragraph is a short bio ("X is an Associate Editor at The Diplomat."). */
    public static Optional<List<String>> bioAuthors(String paragraph) {
        String text = TextCleaner.inline(paragraph);
        if (text.isEmpty() || text.length() > MAX_BIO_LENGTH) {
            return Optional.empty();
        }
        Matcher m = BIO.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String name : m.group(1).split(", | and | & ")) {
            if (!name.isBlank() && name.trim().contains(" ")) {
                names.add(name.trim());
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** A byline text ("By Jane Doe and John Roe") split into names; empty when it does not look like one. */
    public static List<String> bylineNames(String byline) {
        String text = TextCleaner.inline(byline);
        text = BY_PREFIX.matcher(text).replaceFirst("");
        int cut = indexOfAny(text, " | ", " - ", " — ", ", updated", " updated ", " published ", " on ");
        if (cut > 0) {
            text = text.substring(0, cut);
        }
        List<String> names = new ArrayList<>();
        for (String part : text.split(",| and | & | und | et | y ")) {
            String name = part.trim();
            if (name.length() >= 3
                    && name.length() <= 60
                    && !name.contains("@")
                    && !name.startsWith("http")
                    && Character.isLetter(name.charAt(0))
                    && name.split(" ").length <= 5) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean consumedByPrompts(String text) {
        String rest = text;
        int guard = 0;
        while (!rest.isEmpty() && guard++ < 20) {
            String next = null;
            for (String prompt : PROMPTS) {
                if (rest.startsWith(prompt)) {
                    String after = rest.substring(prompt.length());
                    // a prompt ends at a word boundary or is glued to the next capitalised prompt
                    if (after.isEmpty() || !Character.isLetterOrDigit(after.charAt(0)) || startsWithPrompt(after)) {
                        next = after.replaceFirst("^[\\s\\p{P}]+", "");
                        break;
                    }
                }
            }
            if (next == null) {
                return false;
            }
            rest = next;
        }
        return rest.isEmpty();
    }

    private static boolean startsWithPrompt(String text) {
        for (String prompt : PROMPTS) {
            if (text.startsWith(prompt)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String paragraph) {
        String text = TextCleaner.inline(paragraph).toLowerCase(Locale.ROOT);
        return text.replaceAll("^[\\s\\p{P}\\p{S}]+|[\\s\\p{P}\\p{S}&&[^©]]+$", "");
    }

    private static int indexOfAny(String text, String... needles) {
        int best = -1;
        for (String needle : needles) {
            int i = text.indexOf(needle);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
