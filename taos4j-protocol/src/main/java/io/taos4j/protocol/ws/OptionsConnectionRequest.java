package io.taos4j.protocol.ws;

import java.util.List;

/**
 * The {@code options_connection} request (ws-sql.md §3.3): sets session options in order.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param options the options in the order to apply them (immutable, no null elements); null when the client
 *     omitted the key (the adapter then applies nothing)
 */
public record OptionsConnectionRequest(long reqId, List<Option> options) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "options_connection";

    public OptionsConnectionRequest {
        options = options == null ? null : List.copyOf(options);
    }

    @Override
    public String action() {
        return ACTION;
    }

    /**
     * One session option.
     *
     * @param option option code: -1 clear all, 0 charset, 1 time zone, 2 user IP, 3 user app, 4 connector info
     * @param value the value; null resets the option (always written, as {@code null} when null)
     */
    public record Option(int option, String value) {
    }
}
