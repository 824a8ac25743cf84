package io.newsroute.tagger.themes;

import java.util.List;

/**
 * Thrown when a theme file is invalid. Its message lists every problem found, one per line, each as
 * {@code source:line: problem} (unknown or retired code, duplicate theme or cue, bad weight, ...).
 */
public final class ThemeFileException extends IllegalArgumentException {

    private final List<String> problems;

    ThemeFileException(String source, List<String> problems) {
        super("invalid theme file " + source + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, each {@code source:line: text}. */
    public List<String> problems() {
        return problems;
    }
}
