package io.taos4j.server.catalog;

import io.taos4j.server.storage.TableData;

/** A table that holds rows: a child table or a normal table. */
public sealed interface DataTable permits ChildTable, NormalTable {

    String name();

    Database database();

    TableSchema schema();

    TableData data();

    int vgroupId();

    long uid();

    /** How often queries read this table (for tests of pruning). */
    ScanCounters scans();
}
