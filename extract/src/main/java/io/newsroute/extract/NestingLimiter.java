package io.newsroute.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Bounds the depth of a parsed page so later passes stay linear: every element at the maximum
 * depth has its subtree replaced by plain {@code <p>} paragraphs holding the same text. Reads and
 * modifies a jsoup element tree. Real pages are far shallower than the limit; only hostile or
 * broken markup (thousands of unclosed tags) is flattened.
 */
final class NestingLimiter {

    /** Depth below the root beyond which subtrees are flattened. */
    static final int MAX_DEPTH = 120;

    private NestingLimiter() {}

    /** Flattens the subtrees deeper than {@link #MAX_DEPTH}; returns how many were flattened. */
    static int limit(Element root) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (depth >= MAX_DEPTH && node instanceof Element el && el.childrenSize() > 0) {
                            tooDeep.add(el);
                            return FilterResult.SKIP_CHILDREN;
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        return FilterResult.CONTINUE;
                    }
                },
                root);
        for (Element el : tooDeep) {
            List<String> paragraphs = BodyText.paragraphs(el);
            el.empty();
            for (String p : paragraphs) {
                el.appendElement("p").text(p);
            }
        }
        return tooDeep.size();
    }
}
