package io.newsroute.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tidies author names read from bylines and metadata: drops "By"/"Analysis by" prefixes, relative
 * times ("1 day ago"), job titles, the site's own name, entries with digits or URLs, splits
 * "A and B" lists and title-cases names written in capitals. Reads raw strings, writes clean names.
 */
final class AuthorNames {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?i)(?:(?:analysis|opinion|commentary|story|words|text|written|posted|reported|photos?|interview)\\s+)?"
                    + "(?:by|von|par|por|di|sobre|door|av)\\s*:?\\s+");
    private static final Pattern AGO =
            Pattern.compile("(?i)\\s*\\d+\\s*(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\\s+ago.*$");
    private static final Pattern SEPARATORS =
            Pattern.compile("\\s*(?:,|;|\\||\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(?:editor|writer|correspondent|reporter|staff|contributor|columnist|journalist|news desk|newsroom|"
                    + "senior|chief|author|analyst|producer|team)\\b");
    private static final int MAX_NAME_LENGTH = 60;
    private static final int MAX_AUTHORS = 10;

    private AuthorNames() {}

    /** The clean, de-duplicated names; {@code siteName} (may be null) is dropped from the list. */
    static List<String> clean(List<String> raw, String siteName) {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : raw) {
            String text = TextCleaner.inline(entry);
            text = PREFIX.matcher(text).replaceFirst("");
            text = AGO.matcher(text).replaceFirst("");
            for (String part : SEPARATORS.split(text)) {
                String name = PREFIX.matcher(part.trim())
                        .replaceFirst("")
                        .replaceAll("[\\s.,:;|–—-]+$", "")
                        .trim();
                if (acceptable(name, siteName) && out.size() < MAX_AUTHORS) {
                    out.add(capitalised(name));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean acceptable(String name, String siteName) {
        if (name.length() < 2
                || name.length() > MAX_NAME_LENGTH
                || name.contains("@")
                || name.contains("://")
                || name.matches(".*\\d.*")
                || !Character.isLetter(name.charAt(0))
                || ROLE.matcher(name).find()) {
            return false;
        }
        return siteName == null || !name.equalsIgnoreCase(siteName.trim());
    }

    private static String capitalised(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.length() <= 3) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }
}
