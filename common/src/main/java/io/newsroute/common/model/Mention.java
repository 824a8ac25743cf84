package io.newsroute.common.model;

/**
 * One piece of evidence in an article: the text matched and where it stands.
 *
 * @param text  the matched text, as it appears
 * @param field {@code "title"}, {@code "subtitle"} or {@code "body"}
 * @param start offset of the first character within that field
 * @param end   offset after the last character within that field
 */
public record Mention(String text, String field, int start, int end) {}
