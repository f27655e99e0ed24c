package io.taos4j.server;

/**
 * A snapshot of a running server's live counts, for monitoring and for tests that prove nothing leaks.
 *
 * @param connections      open {@code /ws} WebSocket connections
 * @param openResults      result sets held for clients (queried, not yet read to the end, freed or dropped with
 *                         their connection)
 * @param unexpectedErrors failures that are server bugs since the start: an exception no handler expected, or an
 *                         internal error ({@code 0x02FF}) answered to a client; bad client input never counts
 */
public record ServerStats(int connections, int openResults, long unexpectedErrors) {
}
