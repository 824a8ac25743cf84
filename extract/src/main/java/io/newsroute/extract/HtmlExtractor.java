package io.newsroute.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the article from one HTML page. Reads the HTML text (and optionally the URL it was
 * fetched from), writes an {@link ExtractedPage}: metadata from JSON-LD, OpenGraph and meta tags
 * ({@link PageMetadata}), and a plain-text body found by content density ({@link ReadabilityBody}),
 * with furniture (prompts, share/cookie text, bylines, captions) removed. The JSON-LD
 * {@code articleBody} replaces the density result when it looks complete and the page text is
 * clearly shorter (paywalled or script-rendered pages).
 *
 * <p>Input longer than the configured cap is truncated before parsing, so time and memory stay
 * bounded. Pages without article text raise {@link NoArticleTextException}. Thread-safe.
 */
public final class HtmlExtractor {

    /** Default cap on the input size, in characters. */
    public static final int DEFAULT_MAX_INPUT_CHARS = 5_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(HtmlExtractor.class);
    private static final Pattern TRUNCATED = Pattern.compile("(\\.\\.\\.|…|\\[\\.\\.\\.]|\\(\\.\\.\\.\\))$");
    /** JSON-LD articleBody is used when the page text is shorter than this share of it. */
    private static final double JSON_LD_PREFERENCE = 0.6;

    private static final int MIN_JSON_LD_BODY = 200;
    /** Below this share of the JSON-LD body's word 3-grams, the page text is taken to be the wrong block. */
    private static final double MIN_COVERAGE = 0.5;

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Pages with more elements than this, or more children under one element than {@link #MAX_CHILDREN},
     * skip the density analysis, whose cost grows faster than linearly; real pages stay far below.
     */
    static final int MAX_ELEMENTS = 40_000;

    static final int MAX_CHILDREN = 3_000;
    private static final int MIN_FALLBACK_PARAGRAPH = 50;

    private final int maxInputChars;

    public HtmlExtractor() {
        this(DEFAULT_MAX_INPUT_CHARS);
    }

    /** An extractor reading at most {@code maxInputChars} characters of each page. */
    public HtmlExtractor(int maxInputChars) {
        if (maxInputChars <= 0) {
            throw new IllegalArgumentException("maxInputChars must be positive: " + maxInputChars);
        }
        this.maxInputChars = maxInputChars;
    }

    /**
     * Extracts title, metadata and body of a page.
     *
     * @param html    the page's HTML
     * @param pageUrl the URL it came from, or {@code null}; resolves a relative canonical link
     * @throws NoArticleTextException when the page holds no article text
     */
    public ExtractedPage extract(String html, String pageUrl) {
        if (html == null || html.isBlank()) {
            throw new NoArticleTextException("empty page");
        }
        String input = html;
        if (input.length() > maxInputChars) {
            LOG.warn("page of {} chars truncated to {} chars before extraction", input.length(), maxInputChars);
            input = input.substring(0, maxInputChars);
        }
        Document doc = Jsoup.parse(input, pageUrl == null ? "" : pageUrl);
        Optional<JsonLdArticle> jsonLd = JsonLdArticle.find(doc);
        PageMetadata meta = PageMetadata.read(doc, jsonLd, pageUrl);

        doc.select(
                        "script,style,noscript,template,iframe,object,embed,svg,canvas,link,meta,button,select,textarea,input")
                .remove();
        int flattened = NestingLimiter.limit(doc);
        if (flattened > 0) {
            LOG.debug("flattened {} subtrees nested deeper than {} elements", flattened, NestingLimiter.MAX_DEPTH);
        }
        boolean tooComplex = tooComplex(doc);
        ReadabilityBody.Result found;
        if (tooComplex) {
            LOG.warn(
                    "page beyond the density analysis limits ({} elements, {} children under one element): "
                            + "keeping long text blocks only",
                    MAX_ELEMENTS,
                    MAX_CHILDREN);
            found = new ReadabilityBody.Result(doc.body(), null, 0);
        } else {
            found = ReadabilityBody.extract(doc, meta.title());
        }
        List<String> paragraphs = ParagraphFilter.keep(BodyText.blocks(found.article()), meta.title());
        if (tooComplex) {
            paragraphs.removeIf(p -> p.length() < MIN_FALLBACK_PARAGRAPH);
        }
        String domBody = TextCleaner.joinParagraphs(paragraphs);
        String body = chooseBody(domBody, jsonLd.map(JsonLdArticle::articleBody).orElse(null));
        if (body.isEmpty()) {
            throw new NoArticleTextException("no article text found in page");
        }
        List<String> authors = AuthorNames.clean(meta.authors(), meta.siteName());
        if (authors.isEmpty() && found.byline() != null) {
            authors = AuthorNames.clean(List.of(found.byline()), meta.siteName());
        }
        String title = meta.title().isEmpty() ? firstWords(body) : meta.title();
        return new ExtractedPage(
                title,
                meta.subtitle(),
                authors,
                meta.published(),
                meta.canonicalUrl(),
                meta.siteName(),
                meta.language(),
                body);
    }

    private static boolean tooComplex(Document doc) {
        int count = 0;
        for (Element el : doc.getAllElements()) {
            if (++count > MAX_ELEMENTS || el.childNodeSize() > MAX_CHILDREN) {
                return true;
            }
        }
        return false;
    }

    static String chooseBody(String domBody, String jsonLdBody) {
        if (jsonLdBody == null
                || jsonLdBody.length() < MIN_JSON_LD_BODY
                || TRUNCATED.matcher(jsonLdBody).find()) {
            return domBody;
        }
        if (domBody.length() < jsonLdBody.length() * JSON_LD_PREFERENCE) {
            return jsonLdBody;
        }
        // the density pass picked another block (comments, a teaser list) than the one the site declares
        if (jsonLdBody.length() >= MIN_JSON_LD_BODY * 2 && coverage(jsonLdBody, domBody) < MIN_COVERAGE) {
            return jsonLdBody;
        }
        return domBody;
    }

    /** Share of the word 3-grams of {@code reference} that also occur in {@code candidate}. */
    static double coverage(String reference, String candidate) {
        Set<String> ref = trigrams(reference);
        if (ref.isEmpty()) {
            return 1;
        }
        Set<String> cand = trigrams(candidate);
        int shared = 0;
        for (String t : ref) {
            if (cand.contains(t)) {
                shared++;
            }
        }
        return (double) shared / ref.size();
    }

    private static Set<String> trigrams(String text) {
        String[] words = WORDS.split(text.toLowerCase(Locale.ROOT));
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < words.length; i++) {
            out.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
        }
        return out;
    }

    private static String firstWords(String body) {
        String first = body.split("\n", 2)[0];
        return first.length() <= 120 ? first : first.substring(0, 120).replaceFirst("\\s+\\S*$", "") + "…";
    }
}
