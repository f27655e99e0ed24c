package io.taos4j.server.sql;

import io.taos4j.protocol.TaosError;

/**
 * A failure the server reports to the client as a TDengine error: a wire code (low 16 bits) and TDengine's exact
 * message text.
 *
 * <p>Used by the whole server (parser, binder, executor, storage). Unchecked; immutable; thread-safe. Factories
 * cover the common forms: {@link #of(TaosError)} for the standard text, {@link #of(TaosError, String)} for a
 * formatted variant, {@link #syntax(String)} and {@link #incomplete()} for the parser's two syntax errors.
 */
public final class SqlError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** TDengine formats parser messages into a 512-byte buffer; longer texts are cut to 511 bytes. */
    static final int MAX_MESSAGE_BYTES = 511;

    private final int code;

    public SqlError(int code, String message) {
        super(message, null, false, false);
        this.code = code & 0xFFFF;
    }

    /** The error {@code error} with the message {@code message} (used verbatim). */
    public static SqlError of(TaosError error, String message) {
        return new SqlError(error.code(), message);
    }

    /** The error {@code error} with TDengine's standard text. */
    public static SqlError of(TaosError error) {
        return new SqlError(error.code(), error.text());
    }

    /** An error with a code that is not in the catalogue. */
    public static SqlError of(int code, String message) {
        return new SqlError(code, message);
    }

    /** 0x2600 {@code syntax error near "<near>"}, cut like TDengine's message buffer. */
    public static SqlError syntax(String near) {
        return new SqlError(TaosError.PAR_SYNTAX_ERROR.code(), truncate("syntax error near \"" + near + "\""));
    }

    /** 0x2600 {@code unrecognized token: "<rest>"}, for characters the lexer does not know. */
    public static SqlError unrecognizedToken(String rest) {
        return new SqlError(TaosError.PAR_SYNTAX_ERROR.code(), truncate("unrecognized token: \"" + rest + "\""));
    }

    /** 0x2601 {@code Incomplete SQL statement}. */
    public static SqlError incomplete() {
        return of(TaosError.PAR_INCOMPLETE_SQL);
    }

    /** 0x2617 {@code Invalid identifier name: <rest>}. */
    public static SqlError invalidIdentifier(String rest) {
        return new SqlError(TaosError.PAR_INVALID_IDENTIFIER_NAME.code(),
                truncate(TaosError.PAR_INVALID_IDENTIFIER_NAME.format(rest)));
    }

    /** The wire code (low 16 bits), e.g. {@code 0x2600}. */
    public int code() {
        return code;
    }

    /** The catalogued error for {@link #code()}, or null for codes outside the catalogue. */
    public TaosError error() {
        return TaosError.ofCode(code);
    }

    /** Cuts {@code message} to {@link #MAX_MESSAGE_BYTES} UTF-8 bytes without splitting a character. */
    static String truncate(String message) {
        return SqlText.truncateUtf8(message, MAX_MESSAGE_BYTES);
    }

    @Override
    public String toString() {
        return "SqlError[0x" + Integer.toHexString(code) + "]: " + getMessage();
    }
}
