package io.taos4j.server.sql;

/**
 * One lexical token: its kind and its {@code [start, end)} character offsets in the statement text.
 *
 * @param type  the kind of token
 * @param start offset of the first character
 * @param end   offset just past the last character
 */
public record Token(TokenType type, int start, int end) {
    /** The token's text in {@code sql}. */
    public String text(String sql) {
        return sql.substring(start, end);
    }
}
