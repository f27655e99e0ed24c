package io.taos4j.protocol.ws;

/**
 * The {@code conn} request (ws-sql.md §3.2): opens the TDengine session of the socket.
 *
 * <p>Every component but {@code reqId} is nullable; null means the client did not send the key (the encoder omits
 * it, as JDBC does) and the adapter then uses the Go zero value ({@code ""}, {@code false}; an absent {@code mode}
 * means "not BI mode"). {@link #toString()} hides the secrets.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param user user name
 * @param password password
 * @param db default database; {@code ""} = none
 * @param mode connection mode; only 0 (BI mode) is valid
 * @param tz IANA time zone of the session
 * @param app application name
 * @param ip client IP to record
 * @param connector connector name and version
 * @param totpCode one-time code for two-factor login (JSON {@code totp_code})
 * @param bearerToken token login instead of user/password (JSON {@code bearer_token})
 * @param listInstances asks for the adapter instance list (JSON {@code list_instances})
 */
public record ConnRequest(long reqId, String user, String password, String db, Integer mode, String tz, String app,
        String ip, String connector, String totpCode, String bearerToken, Boolean listInstances) implements WsRequest {
    /** The action name on the wire. */
    public static final String ACTION = "conn";

    /** A request with user, password and db (null = omitted); every other key omitted. */
    public static ConnRequest of(long reqId, String user, String password, String db) {
        return new ConnRequest(reqId, user, password, db, null, null, null, null, null, null, null, null);
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String toString() {
        return "ConnRequest[reqId=" + Long.toUnsignedString(reqId) + ", user=" + user
                + ", password=" + (password == null ? null : "***") + ", db=" + db + ", mode=" + mode
                + ", tz=" + tz + ", app=" + app + ", ip=" + ip + ", connector=" + connector
                + ", totpCode=" + (totpCode == null ? null : "***")
                + ", bearerToken=" + (bearerToken == null ? null : "***") + ", listInstances=" + listInstances + "]";
    }
}
