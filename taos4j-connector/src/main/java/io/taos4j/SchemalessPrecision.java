package io.taos4j;

/**
 * The unit of line-protocol timestamps in {@link SmlData}. The OpenTSDB protocols ignore it: their timestamps are
 * seconds (10 digits) or milliseconds (13 digits).
 */
public enum SchemalessPrecision {
    /** Not given: line-protocol timestamps are nanoseconds, as InfluxDB's default. */
    NOT_CONFIGURED(""),
    HOURS("h"),
    MINUTES("m"),
    SECONDS("s"),
    MILLISECONDS("ms"),
    MICROSECONDS("u"),
    NANOSECONDS("ns");

    private final String wireName;

    SchemalessPrecision(String wireName) {
        this.wireName = wireName;
    }

    /** The name taosAdapter's {@code insert} action takes: {@code ""}, {@code h} ... {@code ns}. */
    public String wireName() {
        return wireName;
    }
}
