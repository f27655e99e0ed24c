package io.taos4j.jdbc.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Options of the official taos-jdbcdriver that belong to the JDBC layer rather than to a connection, so they are
 * not in the connector's {@link io.taos4j.TaosProperty} catalogue (which holds every connection option; the
 * official names there, such as {@code messageWaitTimeout} or {@code enableCompression}, are its aliases). Names
 * match case-insensitively. {@link Kind#IGNORED} options are accepted so that URLs written for the official driver
 * keep working, and have no effect, for the reason their description gives.
 */
public enum JdbcProperty {
    HOST("host", Kind.USED, null, "Server host when the URL names none (jdbc:TAOS-WS:// URLs)."),
    PORT("port", Kind.USED, null, "Server port when the URL names none (jdbc:TAOS-WS:// URLs)."),
    BATCH_ERROR_IGNORE("batchErrorIgnore", Kind.USED, "false",
            "executeBatch goes on after a failed statement and reports it as EXECUTE_FAILED."),
    CONNECT_MODE("conmode", Kind.USED, "0",
            "1 is BI mode: metadata lists only user databases and no child tables."),
    CHARSET("charset", Kind.USED, "UTF-8",
            "Character set of text; the WebSocket protocol is always UTF-8, so only UTF-8 is accepted."),
    VARCHAR_AS_STRING("varcharAsString", Kind.IGNORED, "true",
            "VARCHAR always reads as String here (getObject); the official driver's default gives byte[]."),
    LOCALE("locale", Kind.IGNORED, null, "A libtaos (native) setting; no meaning over WebSocket."),
    CONFIG_DIR("cfgdir", Kind.IGNORED, null, "The libtaos (native) configuration directory."),
    BATCH_FETCH("batchfetch", Kind.IGNORED, "true", "Results are always fetched block by block."),
    KEEP_ALIVE("wsKeepAlive", Kind.IGNORED, null, "WebSocket keep-alive of the official driver's transport."),
    PRODUCT_NAME("productName", Kind.IGNORED, null, "Set by the official driver's URL parser.");

    /** Whether the driver acts on an option or only accepts it. */
    public enum Kind { USED, IGNORED }

    private final String key;
    private final Kind kind;
    private final String defaultValue;
    private final String description;

    JdbcProperty(String key, Kind kind, String defaultValue, String description) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The option with this name, compared case-insensitively. */
    public static Optional<JdbcProperty> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (JdbcProperty p : values()) {
            if (p.key.toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The default as text, or null. */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
