package io.taos4j.server.schemaless;

/** The three schemaless protocols, with the codes taosAdapter's {@code insert} action uses (ws-sql.md §6). */
public enum SmlProtocol {
    /** InfluxDB line protocol. */
    LINE(1),
    /** OpenTSDB telnet put lines. */
    TELNET(2),
    /** OpenTSDB JSON data points. */
    JSON(3);

    private final int code;

    SmlProtocol(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The protocol with this code, or null for any other number. */
    public static SmlProtocol ofCode(int code) {
        for (SmlProtocol p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        return null;
    }
}
