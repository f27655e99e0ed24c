package io.taos4j.server.schemaless;

/**
 * The outcome of a schemaless write.
 *
 * @param affectedRows rows written: distinct timestamps per child table, summed
 * @param totalRows    lines in the payload that are not comments ({@code total_rows} of the {@code insert} reply)
 */
public record SmlResult(long affectedRows, int totalRows) {
}
