package io.taos4j.protocol.ws;

/**
 * A binary reply frame on {@code /ws} (ws-sql.md §2.5): the self-describing {@link FetchRawBlockResponse} (first
 * 8 bytes all ones) or the older {@link FetchBlockResponse}. Immutable; block bytes are shared read-only views.
 */
public sealed interface WsBinaryResponse permits FetchRawBlockResponse, FetchBlockResponse {

    /** Nanoseconds the server spent on the request. */
    long timing();

    /** The result id the reply is about, unsigned 64-bit held in a long. */
    long resultId();
}
