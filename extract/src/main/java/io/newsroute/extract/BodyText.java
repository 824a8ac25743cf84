package io.newsroute.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an article element into plain-text blocks: every block-level element (and {@code <br>})
 * ends a block, inline text is joined, whitespace collapsed. Reads a jsoup element, writes a list
 * of {@link Block}s (clean text plus how much of it is link text and whether it is a heading or a
 * list item). Iterative traversal, so deeply nested markup cannot overflow the stack.
 */
final class BodyText {

    /**
     * One block of text.
     *
     * @param text         clean text
     * @param linkDensity  share of its non-space characters inside links, 0 to 1
     * @param heading      whether it comes from an {@code h1}-{@code h6}
     * @param listItem     whether it comes from an {@code li}
     */
    record Block(String text, double linkDensity, boolean heading, boolean listItem) {}

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "nav",
            "blockquote",
            "pre",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "figure",
            "figcaption",
            "form",
            "fieldset",
            "address",
            "hr",
            "br",
            "center",
            "details",
            "summary",
            "caption");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "math",
            "iframe",
            "object",
            "embed",
            "canvas",
            "button",
            "select",
            "textarea",
            "head",
            "title");

    private BodyText() {}

    /** The clean paragraphs of {@code root}. */
    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks(root)) {
            out.add(b.text());
        }
        return out;
    }

    /** The text blocks of {@code root}, in document order. */
    static List<Block> blocks(Element root) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.flush();
        return collector.out;
    }

    private static final class Collector implements NodeFilter {
        private final List<Block> out = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int headingDepth;
        private int listDepth;
        private boolean sawHeading;
        private boolean sawListItem;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String t = text.getWholeText();
                current.append(t);
                if (linkDepth > 0) {
                    linkChars += nonSpace(t);
                }
                sawHeading |= headingDepth > 0;
                sawListItem |= listDepth > 0;
            } else if (node instanceof Element el) {
                String tag = el.normalName();
                if (SKIPPED.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(tag)) {
                    flush();
                } else if (CELLS.contains(tag)) {
                    current.append(' ');
                }
                if (tag.equals("a")) {
                    linkDepth++;
                } else if (HEADINGS.contains(tag)) {
                    headingDepth++;
                } else if (tag.equals("li")) {
                    listDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (BLOCKS.contains(tag)) {
                    flush();
                } else if (CELLS.contains(tag)) {
                    current.append(' ');
                }
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (HEADINGS.contains(tag)) {
                    headingDepth--;
                } else if (tag.equals("li")) {
                    listDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            if (current.length() > 0) {
                String p = TextCleaner.inline(current.toString());
                int total = nonSpace(p);
                if (!p.isEmpty()) {
                    out.add(new Block(
                            p, total == 0 ? 0 : Math.min(1.0, (double) linkChars / total), sawHeading, sawListItem));
                }
            }
            current.setLength(0);
            linkChars = 0;
            sawHeading = false;
            sawListItem = false;
        }

        private static int nonSpace(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
                    n++;
                }
            }
            return n;
        }
    }
}
