package io.newsroute.enrich;

/** A raw record that is not a taggable article; the message is the reason written to the dead-letter topic. */
public class InvalidArticleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidArticleException(String message) {
        super(message);
    }
}
