package io.newsroute.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Text of the small HTML snippets a feed carries (an item's title, summary or content), as opposed to
 * a whole page ({@link HtmlExtractor}). Plain Java on jsoup; reads and writes nothing.
 */
public final class HtmlFragments {

    private HtmlFragments() {}

    /** A one-line snippet (a title) as its text, entities decoded and tags dropped. */
    public static String inlineText(String html) {
        return Jsoup.parse(html).text();
    }

    /** Paragraph text of an HTML fragment, paragraphs separated by a blank line. */
    public static String toText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script,style,iframe,object,embed").remove();
        List<String> paragraphs = new ArrayList<>();
        for (var b : doc.select("p, li, blockquote, h2, h3, h4")) {
            if (b.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) {
                continue;
            }
            String t = b.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        if (paragraphs.isEmpty()) {
            String t = doc.body().text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
