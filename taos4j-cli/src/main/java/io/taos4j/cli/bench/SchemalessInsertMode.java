package io.taos4j.cli.bench;

import io.taos4j.SchemalessPrecision;
import io.taos4j.SchemalessProtocol;
import io.taos4j.SmlData;
import io.taos4j.Taos;
import java.util.function.LongConsumer;

/**
 * Writes rows as InfluxDB line protocol, one {@code Taos.put} per request:
 * {@code <stable>,<tag>=<v>...,t4j_tbname=<child> <col>=<v><suffix>... <ts>}. The lines create the super table and
 * the child tables, so bench creates only the database; {@link #TABLE_NAME_KEY} names each child table as the other
 * modes do. As TDengine's schemaless rules say, tags become NCHAR whatever their configured type, and each column's
 * type comes from its value's suffix ({@code i8}...{@code u64}, {@code f32}, {@code f64}, {@code "..."} VARCHAR,
 * {@code L"..."} NCHAR, {@code B"..."} VARBINARY, {@code t}/{@code f} BOOL). TIMESTAMP data columns have no line
 * protocol form: such a configuration fails before anything runs.
 */
final class SchemalessInsertMode implements InsertMode {
    /** The tag whose value names the child table (TDengine's {@code smlChildTableName}); not stored as a tag. */
    static final String TABLE_NAME_KEY = "t4j_tbname";

    @Override
    public String mode() {
        return "schemaless";
    }

    @Override
    public void check(BenchConfig config) {
        for (ColumnSpec c : config.columns()) {
            if (c.type() == ColumnSpec.Type.TIMESTAMP) {
                throw new IllegalArgumentException("insert mode schemaless cannot write TIMESTAMP column " + c.name()
                        + ": line protocol has no timestamp values besides the row's own; use sql or stmt2");
            }
        }
        for (ColumnSpec t : config.tags()) {
            if (t.name().equals(TABLE_NAME_KEY)) {
                throw new IllegalArgumentException("insert mode schemaless names child tables with tag "
                        + TABLE_NAME_KEY + "; rename that tag");
            }
        }
    }

    @Override
    public boolean needsTables() {
        return false;
    }

    @Override
    public Writer open(Taos taos, BenchConfig config, DataGenerator data) {
        taos.exec("USE " + Names.quote(config.database()));
        SchemalessPrecision precision = switch (config.precision()) {
            case "us" -> SchemalessPrecision.MICROSECONDS;
            case "ns" -> SchemalessPrecision.NANOSECONDS;
            default -> SchemalessPrecision.MILLISECONDS;
        };
        String measurement = escapeKey(config.superTable(), true);
        String[] columnKeys = new String[data.columnCount()];
        for (int c = 0; c < columnKeys.length; c++) {
            columnKeys[c] = escapeKey(config.columns().get(c).name(), false);
        }
        String[] tagKeys = new String[data.tagCount()];
        for (int g = 0; g < tagKeys.length; g++) {
            tagKeys[g] = escapeKey(config.tags().get(g).name(), false);
        }
        return (batch, latency) -> {
            StringBuilder lines = new StringBuilder((int) Math.min(64L << 20, batch.rows() * 96));
            StringBuilder head = new StringBuilder(128);
            for (BatchPlanner.Slice s : batch.slices()) {
                head.setLength(0);
                head.append(measurement);
                for (int g = 0; g < tagKeys.length; g++) {
                    head.append(',').append(tagKeys[g]).append('=')
                            .append(escapeKey(String.valueOf(data.tagValue(g, s.table())), false));
                }
                head.append(',').append(TABLE_NAME_KEY).append('=')
                        .append(escapeKey(config.childTable(s.table()), false)).append(' ');
                for (long r = s.firstRow(); r < s.firstRow() + s.rows(); r++) {
                    lines.append(head);
                    for (int c = 0; c < columnKeys.length; c++) {
                        lines.append(c == 0 ? "" : ",").append(columnKeys[c]).append('=');
                        appendField(lines, config.columns().get(c).type(), data.value(c, s.table(), r));
                    }
                    lines.append(' ').append(data.timestamp(r)).append('\n');
                }
            }
            SmlData sml = SmlData.builder().protocol(SchemalessProtocol.LINE).precision(precision)
                    .tableNameKey(TABLE_NAME_KEY).payload(lines.toString()).build();
            long start = System.nanoTime();
            long rows = taos.put(sml);
            latency.accept(System.nanoTime() - start);
            return rows;
        };
    }

    /** A field value with the suffix or quotes that gives its column type. */
    static void appendField(StringBuilder b, ColumnSpec.Type type, Object v) {
        switch (type) {
            case BOOL -> b.append((Boolean) v ? 't' : 'f');
            case TINYINT -> b.append(v).append("i8");
            case SMALLINT -> b.append(v).append("i16");
            case INT -> b.append(v).append("i32");
            case BIGINT -> b.append(v).append("i64");
            case UTINYINT -> b.append(v).append("u8");
            case USMALLINT -> b.append(v).append("u16");
            case UINT -> b.append(v).append("u32");
            case UBIGINT -> b.append(v).append("u64");
            case FLOAT -> b.append(DataGenerator.literal(v)).append("f32");
            case DOUBLE -> b.append(DataGenerator.literal(v)).append("f64");
            case VARCHAR -> quoted(b.append('"'), (String) v);
            case NCHAR -> quoted(b.append("L\""), (String) v);
            case VARBINARY -> quoted(b.append("B\""), (String) v);
            case TIMESTAMP -> throw new IllegalStateException("line protocol has no TIMESTAMP field values");
            default -> throw new IllegalStateException("no line protocol form for " + type);
        }
    }

    private static void quoted(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                b.append('\\');
            }
            b.append(ch);
        }
        b.append('"');
    }

    /** Escapes commas, spaces and (except in the measurement) equals signs with a backslash. */
    static String escapeKey(String s, boolean measurement) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == ' ' || (!measurement && ch == '=')) {
                b.append('\\');
            }
            b.append(ch);
        }
        return b.toString();
    }
}
