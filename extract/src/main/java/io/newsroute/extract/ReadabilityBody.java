package io.newsroute.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Content-density article finder: a port of the scoring part of Mozilla Readability.js onto jsoup.
 * Reads a parsed page (and modifies it: removes what it judges boilerplate), writes the element
 * holding the article. Paragraph-like elements score by length and commas, their ancestors
 * collect the score, link density lowers it, class/id names weigh it, the best candidate and its
 * related siblings form the article, which is then cleaned conditionally. If the result is short,
 * the pass is retried with fewer filters, as Readability does.
 *
 * <p>Written here rather than pulled in as a library: the Java ports of Readability are unmaintained
 * or bundle their own HTML parser/DOM, and owning the ~400 lines lets the pipeline tune the
 * rules for news pages and keep traversals iterative (no recursion on deeply nested input).
 */
final class ReadabilityBody {

    static final int FLAG_STRIP_UNLIKELYS = 1;
    static final int FLAG_WEIGHT_CLASSES = 2;
    static final int FLAG_CLEAN_CONDITIONALLY = 4;
    private static final int CHAR_THRESHOLD = 500;
    private static final int TOP_CANDIDATES = 5;

    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu"
                    + "|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate"
                    + "|pagination|pager|popup|yom-remote|cookie|consent|newsletter|paywall|subscribe|promo|share|outbrain|taboola"
                    + "|recirc|trending|most-popular|signup|nav\\b|navbar|breaking-news|ticker",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CANDIDATE =
            Pattern.compile("and|article|body|column|content|main|shadow", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media"
                    + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
                    + "|caption|credit|newsletter|subscribe|paywall|cookie|consent|recirc|taboola",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE =
            Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile(
            "caption|credit|imageembed|img-desc|image-desc|photo-desc|media-desc|figure-desc",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_CAPTION_CHARS = 500;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Set<String> UNLIKELY_ROLES =
            Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> DIV_TO_P_BLOCKERS = Set.of(
            "blockquote",
            "dl",
            "div",
            "img",
            "ol",
            "p",
            "pre",
            "table",
            "ul",
            "section",
            "article",
            "figure",
            "header",
            "footer",
            "aside",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "form");
    /** Containers whose bare text (between {@code <br>}s, say) is wrapped into paragraphs, like a div's. */
    private static final Set<String> LOOSE_TEXT_CONTAINERS = Set.of("article", "section", "main", "blockquote");

    private static final Set<String> EMPTY_REMOVABLE =
            Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");

    /** The outcome of one pass: the article element and the byline text found on the way (or null). */
    record Result(Element article, String byline, int textLength) {}

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final int flags;
    private String byline;

    private ReadabilityBody(int flags) {
        this.flags = flags;
    }

    /**
     * Runs the passes on copies of {@code doc}, stricter first, and returns the first result with
     * enough text, else the longest one.
     */
    static Result extract(Document doc, String title) {
        int[] passes = {
            FLAG_STRIP_UNLIKELYS | FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY,
            FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY,
            FLAG_CLEAN_CONDITIONALLY,
            0
        };
        Result best = null;
        for (int pass = 0; pass < passes.length; pass++) {
            Document copy = pass == passes.length - 1 ? doc : doc.clone();
            Result r = new ReadabilityBody(passes[pass]).grab(copy, title);
            if (r.textLength() >= CHAR_THRESHOLD) {
                return r;
            }
            if (best == null || r.textLength() > best.textLength()) {
                best = r;
            }
        }
        return best;
    }

    private boolean on(int flag) {
        return (flags & flag) != 0;
    }

    private Result grab(Document doc, String title) {
        Element body = doc.body();
        scoreAncestors(collectScorable(body, title));
        List<Element> top = topCandidates();
        Element article = top.isEmpty() || top.get(0) == body ? body : joinSiblings(refine(top, body));
        prepArticle(article);
        return new Result(article, byline, article.text().length());
    }

    /**
     * Walks the document once, removing what cannot be content ({@link #shouldRemove}), turning divs
     * without block children into paragraphs; returns the elements whose text is scored.
     */
    private List<Element> collectScorable(Element body, String title) {
        List<Element> toScore = new ArrayList<>();
        Element node = body;
        while (node != null) {
            if (shouldRemove(node, body, title)) {
                node = removeAndGetNext(node);
                continue;
            }
            String tag = node.normalName();
            if (TAGS_TO_SCORE.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                if (!hasBlockChild(node)) {
                    node.tagName("p");
                    toScore.add(node);
                } else {
                    wrapLooseText(node, toScore);
                }
            } else if (LOOSE_TEXT_CONTAINERS.contains(tag)) {
                wrapLooseText(node, toScore);
            }
            node = next(node, false);
        }
        return toScore;
    }

    /**
     * Whether the walk drops {@code node}: hidden, the byline (kept in {@link #byline}), a heading that
     * repeats the title, unlikely content (when that flag is on), or an empty container.
     */
    private boolean shouldRemove(Element node, Element body, String title) {
        String tag = node.normalName();
        String match = node.className() + " " + node.id();
        if (!isProbablyVisible(node)) {
            return true;
        }
        if (byline == null && isByline(node, match)) {
            byline = TextCleaner.inline(node.text());
            return true;
        }
        if ((tag.equals("h1") || tag.equals("h2")) && title != null && similar(title, node.text())) {
            return true;
        }
        if (on(FLAG_STRIP_UNLIKELYS) && node != body && isUnlikely(node, tag, match)) {
            return true;
        }
        return EMPTY_REMOVABLE.contains(tag)
                && !node.hasText()
                && node.select("img,video,iframe,embed,object").isEmpty();
    }

    /** Whether class, id or role say the node is not the article (comments, sidebars, ...). */
    private static boolean isUnlikely(Element node, String tag, String match) {
        if (UNLIKELY.matcher(match).find()
                && !MAYBE_CANDIDATE.matcher(match).find()
                && !hasAncestor(node, "table")
                && !hasAncestor(node, "code")
                && !tag.equals("a")
                && !tag.equals("article")
                && !tag.equals("main")) {
            return true;
        }
        return UNLIKELY_ROLES.contains(node.attr("role").toLowerCase(Locale.ROOT));
    }

    /** Adds each scored element's text score to its parent and up to four more ancestors, less at each level. */
    private void scoreAncestors(List<Element> toScore) {
        for (Element el : toScore) {
            Element parent = el.parent();
            if (parent == null) {
                continue;
            }
            String text = el.text();
            if (text.length() < 25) {
                continue;
            }
            double contentScore = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = parent;
            for (int level = 0; ancestor != null && level < 5; level++) {
                if (ancestor instanceof Document || ancestor.parent() == null) {
                    break;
                }
                scores.computeIfAbsent(ancestor, this::initialScore);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, contentScore / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
    }

    /** Scales every score by the share of text outside links; returns the best candidates, best first. */
    private List<Element> topCandidates() {
        List<Element> top = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(s);
        }
        scores.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(TOP_CANDIDATES)
                .forEach(e -> top.add(e.getKey()));
        return top;
    }

    /** A new div with the candidate and those of its siblings that {@link #joinsCandidate} keeps, in order. */
    private Element joinSiblings(Element candidate) {
        Element article = new Element("div");
        double topScore = scores.get(candidate);
        double threshold = Math.max(10, topScore * 0.2);
        Element parent = candidate.parent();
        List<Element> siblings = parent == null ? List.of(candidate) : new ArrayList<>(parent.children());
        for (Element sibling : siblings) {
            if (sibling == candidate || joinsCandidate(sibling, candidate, topScore, threshold)) {
                article.appendChild(sibling);
            }
        }
        return article;
    }

    /** Whether a sibling of the top candidate belongs to the article: scored high enough, or a paragraph that reads as text. */
    private boolean joinsCandidate(Element sibling, Element candidate, double topScore, double threshold) {
        double bonus = !candidate.className().isEmpty() && sibling.className().equals(candidate.className())
                ? topScore * 0.2
                : 0;
        Double s = scores.get(sibling);
        if (s != null && s + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        double ld = linkDensity(sibling);
        String text = sibling.text();
        return (text.length() > 80 && ld < 0.25)
                || (!text.isEmpty()
                        && text.length() < 80
                        && ld == 0
                        && SENTENCE_END.matcher(text).find());
    }

    private Element refine(List<Element> top, Element body) {
        Element candidate = top.get(0);
        double topScore = scores.get(candidate);
        List<List<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (scores.get(top.get(i)) / topScore >= 0.75) {
                alternatives.add(ancestors(top.get(i)));
            }
        }
        if (alternatives.size() >= 3) {
            Element parent = candidate.parent();
            while (parent != null && parent != body) {
                int containing = 0;
                for (List<Element> list : alternatives) {
                    for (Element a : list) {
                        if (a == parent) {
                            containing++;
                            break;
                        }
                    }
                }
                if (containing >= 3) {
                    candidate = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        scores.computeIfAbsent(candidate, this::initialScore);
        Element parent = candidate.parent();
        double last = scores.get(candidate);
        double floor = last / 3;
        while (parent != null && parent != body) {
            Double ps = scores.get(parent);
            if (ps == null) {
                parent = parent.parent();
                continue;
            }
            if (ps < floor) {
                break;
            }
            if (ps > last) {
                candidate = parent;
                break;
            }
            last = ps;
            parent = parent.parent();
        }
        parent = candidate.parent();
        while (parent != null && parent != body && parent.childrenSize() == 1) {
            candidate = parent;
            parent = candidate.parent();
        }
        scores.computeIfAbsent(candidate, this::initialScore);
        return candidate;
    }

    private void prepArticle(Element article) {
        cleanConditionally(article, "form");
        cleanConditionally(article, "fieldset");
        removeAll(
                article,
                "object,embed,footer,link,aside,nav,iframe,input,textarea,select,button,figcaption,svg,video,audio");
        for (Element el : new ArrayList<>(article.select("*"))) {
            if (el.parent() != null
                    && el != article
                    && SHARE.matcher(el.className() + " " + el.id()).find()
                    && el.text().length() < 500) {
                el.remove();
            }
        }
        for (Element el : new ArrayList<>(article.select("[class],[id]"))) {
            if (el != article
                    && el.parent() != null
                    && CAPTION.matcher(el.className() + " " + el.id()).find()
                    && el.text().length() < MAX_CAPTION_CHARS) {
                el.remove();
            }
        }
        for (Element h : article.select("h1,h2")) {
            if (classWeight(h) < 0) {
                h.remove();
            }
        }
        cleanConditionally(article, "table");
        cleanConditionally(article, "ul");
        cleanConditionally(article, "ol");
        cleanConditionally(article, "div");
    }

    private void cleanConditionally(Element root, String tag) {
        if (!on(FLAG_CLEAN_CONDITIONALLY)) {
            return;
        }
        Elements found = root.select(tag);
        for (int i = found.size() - 1; i >= 0; i--) {
            Element node = found.get(i);
            if (node == root || node.parent() == null) {
                continue;
            }
            boolean isList = tag.equals("ul") || tag.equals("ol");
            if (tag.equals("table") && isDataTable(node)) {
                continue;
            }
            if (hasAncestor(node, "code")) {
                continue;
            }
            int weight = classWeight(node);
            if (weight < 0) {
                node.remove();
                continue;
            }
            String text = node.text();
            if (commas(text) >= 10) {
                continue;
            }
            int p = node.select("p").size();
            int img = node.select("img").size();
            int li = node.select("li").size() - 100;
            int input = node.select("input").size();
            int headingLength = 0;
            for (Element h : node.select("h1,h2,h3,h4,h5,h6")) {
                headingLength += h.text().length();
            }
            double headingDensity = text.isEmpty() ? 0 : (double) headingLength / text.length();
            int embeds = node.select("object,embed,iframe").size();
            double ld = linkDensity(node);
            int length = text.length();
            boolean inFigure = hasAncestor(node, "figure");
            boolean remove = (img > 1 && (double) p / img < 0.5 && !inFigure)
                    || (!isList && li > p)
                    || (input > p / 3)
                    || (!isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure)
                    || (!isList && weight < 25 && ld > 0.2)
                    || (weight >= 25 && ld > 0.5)
                    || ((embeds == 1 && length < 75) || embeds > 1)
                    || (isList && ld > 0.5);
            if (remove) {
                node.remove();
            }
        }
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        return table.hasAttr("summary") || table.selectFirst("caption,th,thead,tfoot,colgroup,col") != null;
    }

    private double initialScore(Element el) {
        double score =
                switch (el.normalName()) {
                    case "div", "article" -> 5;
                    case "pre", "td", "blockquote" -> 3;
                    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                    case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                    default -> 0;
                };
        return score + classWeight(el);
    }

    private int classWeight(Element el) {
        if (!on(FLAG_WEIGHT_CLASSES)) {
            return 0;
        }
        int weight = 0;
        String cls = el.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(cls).find()) {
                weight += 25;
            }
        }
        String id = el.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    static double linkDensity(Element el) {
        int length = el.text().length();
        if (length == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : el.select("a")) {
            String href = a.attr("href");
            double coefficient = href.length() > 1 && href.startsWith("#") ? 0.3 : 1;
            links += a.text().length() * coefficient;
        }
        return Math.min(1, links / length);
    }

    private static boolean isByline(Element node, String match) {
        boolean marked = node.attr("rel").equals("author")
                || node.attr("itemprop").contains("author")
                || BYLINE.matcher(match).find();
        if (!marked || node.normalName().equals("body") || node.normalName().equals("article")) {
            return false;
        }
        String text = node.text().trim();
        return !text.isEmpty() && text.length() < 100;
    }

    private static boolean isProbablyVisible(Element node) {
        String style = node.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return false;
        }
        if (node.hasAttr("hidden")) {
            return false;
        }
        return !node.attr("aria-hidden").equals("true") || node.className().contains("fallback-image");
    }

    private static boolean hasBlockChild(Element node) {
        for (Element d : node.getAllElements()) {
            if (d != node && DIV_TO_P_BLOCKERS.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void wrapLooseText(Element div, List<Element> toScore) {
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (child instanceof TextNode t && !t.isBlank()) {
                Element p = new Element("p");
                t.before(p);
                p.appendChild(t);
                toScore.add(p);
            }
        }
    }

    private static boolean hasAncestor(Element node, String tag) {
        for (Element p = node.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> ancestors(Element el) {
        List<Element> out = new ArrayList<>();
        for (Element p = el.parent(); p != null; p = p.parent()) {
            out.add(p);
        }
        return out;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    /** Readability's text similarity: the share of {@code heading} (by characters) made of words of {@code title}. */
    static boolean similar(String title, String heading) {
        String x = ArticleIds.normaliseText(title);
        String y = ArticleIds.normaliseText(heading);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> titleWords = new HashSet<>(List.of(x.split(" ")));
        int unique = 0;
        for (String word : y.split(" ")) {
            if (!titleWords.contains(word)) {
                unique += word.length() + 1;
            }
        }
        return 1 - (double) unique / (y.length() + 1) > 0.75;
    }

    private static void removeAll(Element root, String query) {
        for (Element el : root.select(query)) {
            if (el != root) {
                el.remove();
            }
        }
    }

    private static Element next(Element node, boolean skipChildren) {
        if (!skipChildren) {
            Element child = node.firstElementChild();
            if (child != null) {
                return child;
            }
        }
        Element sibling = node.nextElementSibling();
        if (sibling != null) {
            return sibling;
        }
        Element p = node.parent();
        while (p != null && p.nextElementSibling() == null) {
            p = p.parent();
        }
        return p == null ? null : p.nextElementSibling();
    }

    private static Element removeAndGetNext(Element node) {
        Element next = next(node, true);
        node.remove();
        return next;
    }
}
