package io.newsroute.extract;

/**
 * Thrown by the extractors when a page or file holds no article text (empty, script-only, or
 * nothing left once the boilerplate is removed). It is an {@link IllegalArgumentException}: the
 * input, not the reader, is at fault.
 */
public class NoArticleTextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public NoArticleTextException(String message) {
        super(message);
    }
}
