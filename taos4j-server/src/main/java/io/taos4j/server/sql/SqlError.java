package io.taos4j.server.sql;

import io.taos4j.protocol.TaosError;

/**
 * A failure the server reports to a client: a TDengine error code (low 16 bits, as on the wire) and TDengine's
 * message text, which is often a formatted variant of the standard text (tdengine-sql.md §1.5).
 */
public final class SqlError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;

    public SqlError(int code, String message) {
        super(message, null, false, false);
        this.code = code & 0xFFFF;
    }

    /** The error with a specific (often formatted) message. */
    public static SqlError of(TaosError error, String message) {
        return new SqlError(error.code(), message);
    }

    /** The error with TDengine's standard text. */
    public static SqlError of(TaosError error) {
        return new SqlError(error.code(), error.text());
    }

    /** 0x2600 {@code syntax error near "<near>"}. */
    public static SqlError syntax(String near) {
        return new SqlError(TaosError.PAR_SYNTAX_ERROR.code(), "syntax error near \"" + near + "\"");
    }

    /** 0x2601 {@code Incomplete SQL statement}. */
    public static SqlError incomplete() {
        return of(TaosError.PAR_INCOMPLETE_SQL);
    }

    /** The wire code, e.g. {@code 0x2603}. */
    public int code() {
        return code;
    }
}
