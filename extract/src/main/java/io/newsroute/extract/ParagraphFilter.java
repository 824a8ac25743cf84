package io.newsroute.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Second pass over the blocks of an extracted article: drops what the density pass leaves in
 * because it sits inside the article container. Reads {@link BodyText.Block}s, writes the kept
 * paragraph texts. Dropped: prompts ({@link BoilerplateText#isPrompt}), photo captions and credits,
 * social "follow us" lines, "Related:" links, headline and byline repeated at the top, blocks that
 * are mostly link text without being a sentence, date-only or letter-free lines, and a trailing
 * "More stories"-style heading with the list of links under it.
 */
final class ParagraphFilter {

    private static final Pattern BYLINE = Pattern.compile("^(?i:by|von|par|por|de)\\s+\\p{Lu}.{0,80}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;][\"'”’»)\\]]*$");
    private static final Pattern CAPTION_START = Pattern.compile(
            "^(?i)(?:\\(?(?:image|photo|picture|video|graphic|illustration|photograph)s?\\s*(?:copyright|caption|credit|source)?\\s*[:©(]"
                    + "|(?:image|photo|picture|video) (?:copyright|caption|credit|source)\\b"
                    + "|(?:credit|source|copyright|photo by|image by)\\s*:|©).*");
    private static final Pattern AGENCY = Pattern.compile(
            "Getty Images|Reuters|AP Photo|\\bAFP\\b|Shutterstock|iStock|Bloomberg|\\bEPA\\b|Alamy|©|\\bPA Images|NurPhoto|Xinhua");
    private static final Pattern SOCIAL = Pattern.compile(
            "(?i).*\\b(?:follow (?:us|him|her|them|me|\\p{L}+) (?:on|@) ?(?:twitter|facebook|instagram|youtube|linkedin|tiktok|@)"
                    + "|join (?:us|our) .{0,60}\\b(?:forums?|community|discussion|newsletter)"
                    + "|reach (?:the )?(?:reporters?|authors?|writers?|correspondents?) (?:on|at|via)\\b"
                    + "|like this (?:story|article|post)\\b).*");
    private static final Pattern RELATED_LINE = Pattern.compile(
            "^(?i)(?:related(?: post| article| story| content| coverage| link)?s?|read more|read also|also read|see also|more|watch|"
                    + "listen|recommended|further reading|don't miss|must read)\\s*[:：|»>-].*|^(?i)also on [\\w-]+\\.[a-z]{2,}\\b.*");
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "^(?i)(?:more|related|recommended|popular|trending|latest|top|most|read|you may|you might|don'?t miss|further|also|other|"
                    + "what to read|keep reading|editor'?s picks?)\\b.{0,50}$");
    private static final Pattern RELATED_HEADING_NOUN = Pattern.compile(
            "(?i)\\b(?:stories|story|articles|posts|reads?|reading|news|videos|next|like|from|picks|coverage|links)\\b");
    private static final Pattern DATE_ONLY = Pattern.compile(
            "^(?i)(?:(?:updated|published|posted|last updated)\\s*:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\.?,? )?"
                    + "(?:\\d{1,2}(?:st|nd|rd|th)?\\.? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?(?: \\d{1,2}(?:st|nd|rd|th)?)?,? \\d{4}"
                    + "(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,4})?)?$");
    private static final Pattern READING_TIME = Pattern.compile(
            "^(?i)(?:\\d+\\s*(?:min|mins|minutes?)\\.?\\s*(?:read|reading|de leitura|lesezeit|de lecture)"
                    + "|(?:reading time|estimated reading time|tempo de leitura|lesezeit|temps de lecture|tiempo de lectura)\\b.*)$");
    private static final Pattern BYLINE_ANYWHERE =
            Pattern.compile("^(?i:by) \\p{Lu}[\\p{L}.'’-]+ \\p{Lu}[\\p{L}.'’-]+.*");
    private static final Pattern DATE_WORDS =
            Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|\\b\\d{4}\\b");
    private static final Pattern DATE_FILLER = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?"
                    + "|\\b(?:updated|published|posted|last|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|(?-i:[A-Z]{2,4}))\\b|\\d+(?:st|nd|rd|th)?"
                    + "|[\\s,.:/|–—-]+");
    private static final int MAX_CAPTION_LENGTH = 250;
    private static final int MAX_RELATED_ITEM_LENGTH = 200;

    private ParagraphFilter() {}

    /** The paragraphs to keep, in order. */
    static List<String> keep(List<BodyText.Block> blocks, String title) {
        List<String> out = new ArrayList<>(blocks.size());
        boolean inRelatedList = false;
        for (BodyText.Block block : blocks) {
            String p = block.text();
            if (inRelatedList) {
                if ((block.listItem() || block.linkDensity() > 0.3) && p.length() <= MAX_RELATED_ITEM_LENGTH) {
                    continue;
                }
                inRelatedList = false;
            }
            if (isRelatedHeading(p)) {
                inRelatedList = true;
                continue;
            }
            if (dropped(block, out.isEmpty(), title)) {
                continue;
            }
            out.add(p);
        }
        return out;
    }

    private static boolean dropped(BodyText.Block block, boolean first, String title) {
        String p = block.text();
        if (BoilerplateText.isPrompt(p)
                || isCaption(p)
                || p.length() < 500 && SOCIAL.matcher(p).matches()) {
            return true;
        }
        if (p.length() < 250 && RELATED_LINE.matcher(p).matches()) {
            return true;
        }
        if (!hasLetter(p) && !p.contains("_") || p.length() < 80 && isDateLine(p)) {
            return true;
        }
        if (p.length() < 60 && READING_TIME.matcher(p).matches()) {
            return true;
        }
        if (p.length() < 150
                && BYLINE_ANYWHERE.matcher(p).matches()
                && (!p.endsWith(".") || DATE_WORDS.matcher(p).find())) {
            return true;
        }
        if (block.linkDensity() >= 0.8 && !SENTENCE_END.matcher(p).find()) {
            return true;
        }
        return first
                && (title != null && ReadabilityBody.similar(title, p) && p.length() <= title.length() * 1.5
                        || BYLINE.matcher(p).matches() && !p.endsWith("."));
    }

    static boolean isCaption(String p) {
        if (p.length() > MAX_CAPTION_LENGTH) {
            return false;
        }
        if (CAPTION_START.matcher(p).matches()) {
            return true;
        }
        return p.length() < 120
                && AGENCY.matcher(p).find()
                && (p.contains(" | ")
                        || p.contains("/")
                        || p.startsWith("(")
                        || !SENTENCE_END.matcher(p).find());
    }

    private static boolean isRelatedHeading(String p) {
        return p.length() <= 60
                && !SENTENCE_END.matcher(p).find()
                && RELATED_HEADING.matcher(p).matches()
                && RELATED_HEADING_NOUN.matcher(p).find();
    }

    private static boolean isDateLine(String p) {
        return DATE_ONLY.matcher(p).matches()
                || DATE_WORDS.matcher(p).find()
                        && DATE_FILLER.matcher(p).replaceAll("").isEmpty();
    }

    private static boolean hasLetter(String p) {
        for (int i = 0; i < p.length(); i++) {
            if (Character.isLetter(p.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
