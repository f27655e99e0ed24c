package io.taos4j.server.sql.ast;

/**
 * The INTERP clauses {@code RANGE(start [, end [, around]])} and {@code EVERY(duration)}; each part nullable.
 * {@code RANGE(t)} is the point form (end null); with two arguments the second is {@code end} (TDengine decides
 * from its type whether it is an end time or a surrounding-time duration).
 */
public record Interp(Span span, Expr rangeStart, Expr rangeEnd, Expr around, Expr every) {
}
