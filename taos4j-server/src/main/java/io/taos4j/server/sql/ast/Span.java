package io.taos4j.server.sql.ast;

/**
 * Source offsets {@code [start, end)} of a node in the statement text (the same in the original and the
 * case-folded text).
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span from this span's start to {@code other}'s end. */
    public Span to(Span other) {
        return new Span(start, other.end);
    }

    public int length() {
        return end - start;
    }

    /** This span's text in {@code sql}. */
    public String text(String sql) {
        return sql.substring(start, end);
    }
}
