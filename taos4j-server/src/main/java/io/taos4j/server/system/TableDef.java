package io.taos4j.server.system;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Field;
import java.util.List;

/** A system table given by its columns and a function that fills its rows. Immutable and thread-safe. */
final class TableDef implements SystemTable {

    /** Fills the rows of one query of the table; called once per query. */
    @FunctionalInterface
    interface RowSource {
        void fill(SystemContext context, Rows out);
    }

    /** A source for tables that have no rows on this server. */
    static final RowSource NO_ROWS = (context, out) -> { };

    private final String database;
    private final String name;
    private final List<Field> fields;
    private final RowSource source;

    TableDef(String database, String name, String columns, RowSource source) {
        this(database, name, Columns.parse(columns), source);
    }

    TableDef(String database, String name, List<Field> fields, RowSource source) {
        this.database = database;
        this.name = name;
        this.fields = List.copyOf(fields);
        this.source = source;
    }

    static TableDef info(String name, String columns, RowSource source) {
        return new TableDef(Catalog.INFORMATION_SCHEMA, name, columns, source);
    }

    static TableDef info(String name, List<Field> fields, RowSource source) {
        return new TableDef(Catalog.INFORMATION_SCHEMA, name, fields, source);
    }

    static TableDef perf(String name, String columns, RowSource source) {
        return new TableDef(Catalog.PERFORMANCE_SCHEMA, name, columns, source);
    }

    @Override
    public String database() {
        return database;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Field> fields() {
        return fields;
    }

    @Override
    public Batch rows(SystemContext context) {
        Rows out = new Rows(fields);
        source.fill(context, out);
        return out.build();
    }

    @Override
    public String toString() {
        return database + "." + name;
    }
}
