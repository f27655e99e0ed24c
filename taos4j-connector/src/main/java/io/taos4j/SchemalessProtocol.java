package io.taos4j;

/** The format of schemaless data ({@link SmlData}): the three protocols TDengine's schemaless writer reads. */
public enum SchemalessProtocol {
    /** InfluxDB line protocol: {@code measurement,tag=v field=v timestamp}, one point per line. */
    LINE(1),
    /** OpenTSDB telnet: {@code metric timestamp value tag=v ...}, one point per line. */
    TELNET(2),
    /** OpenTSDB JSON: one data point object or an array of them. */
    JSON(3);

    private final int code;

    SchemalessProtocol(int code) {
        this.code = code;
    }

    /** The protocol number of taosAdapter's {@code insert} action. */
    public int code() {
        return code;
    }
}
