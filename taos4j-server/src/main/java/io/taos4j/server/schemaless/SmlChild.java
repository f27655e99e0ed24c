package io.taos4j.server.schemaless;

import io.taos4j.protocol.TaosType;
import io.taos4j.server.storage.WriteBatch;

/**
 * A child table a batch writes to: its super table, name and tag values (after the table-name tag, if any, was
 * taken out). Several tag spellings that name the same table share one canonical child. Not thread-safe.
 */
final class SmlChild {
    final SmlStable stable;
    final String name;
    final String[] tagKeys;
    final TaosType[] tagTypes;
    /** String for VARCHAR and NCHAR, Double, Float, Long (every integer type), Boolean, byte[] for VARBINARY. */
    final Object[] tagValues;
    /** Index of each tag in {@link SmlStable}'s tag list. */
    final int[] tagIndex;
    /** The child this one's rows go to: itself, or an earlier child with the same name. */
    SmlChild canonical = this;
    /** Rows of this child, once the batch is being written. */
    WriteBatch.Builder rows;

    SmlChild(SmlStable stable, String name, String[] tagKeys, TaosType[] tagTypes, Object[] tagValues,
             int[] tagIndex) {
        this.stable = stable;
        this.name = name;
        this.tagKeys = tagKeys;
        this.tagTypes = tagTypes;
        this.tagValues = tagValues;
        this.tagIndex = tagIndex;
    }
}
