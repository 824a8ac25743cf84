package io.newsroute.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Turns an article element into plain-text paragraphs: every block-level element (and {@code <br>})
 * ends a paragraph, inline text is joined, whitespace collapsed. Reads a jsoup element, writes a
 * list of clean paragraphs. Iterative traversal, so deeply nested markup cannot overflow the stack.
 */
final class BodyText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
            "tfoot", "tr", "figure", "figcaption", "form", "fieldset", "address", "hr", "br", "center", "details",
            "summary", "caption");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "button", "select", "textarea", "head", "title");

    private BodyText() {
    }

    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (SKIPPED.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(tag)) {
                        flush(current, out);
                    } else if (CELLS.contains(tag)) {
                        current.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (BLOCKS.contains(tag)) {
                        flush(current, out);
                    } else if (CELLS.contains(tag)) {
                        current.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() == 0) {
            return;
        }
        String p = TextCleaner.inline(current.toString());
        current.setLength(0);
        if (!p.isEmpty()) {
            out.add(p);
        }
    }
}
