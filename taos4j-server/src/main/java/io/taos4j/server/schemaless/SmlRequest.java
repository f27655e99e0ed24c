package io.taos4j.server.schemaless;

import java.util.Objects;

/**
 * One schemaless write: the payload and how to read it.
 *
 * @param protocol     how to parse {@code data}
 * @param precision    unit of line-protocol timestamps (ignored by the OpenTSDB protocols)
 * @param ttl          TTL in days given to child tables this write creates; 0 for none
 * @param tableNameKey the tag whose value names the child table (and is not stored as a tag), or null
 * @param data         the payload as UTF-8: lines separated by {@code \n}, or one JSON document; not copied
 */
public record SmlRequest(SmlProtocol protocol, SmlPrecision precision, int ttl, String tableNameKey, byte[] data) {
    public SmlRequest {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(data, "data");
        if (tableNameKey != null && tableNameKey.isEmpty()) {
            tableNameKey = null;
        }
    }
}
