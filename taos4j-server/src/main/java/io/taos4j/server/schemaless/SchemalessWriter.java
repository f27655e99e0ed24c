package io.taos4j.server.schemaless;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.insert.InsertPlan;
import io.taos4j.server.sql.SqlError;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Schemaless ingestion into one catalog (TDengine's {@code taos_schemaless_insert_raw*}): parses the whole payload,
 * then, under the catalog's DDL lock, creates or widens the super tables it needs and writes every row through one
 * {@link InsertPlan}. A payload that fails anywhere (parsing, a type conflict, a limit) changes nothing. Thread-safe:
 * each call works on its own state.
 */
public final class SchemalessWriter {
    private final Catalog catalog;
    private final LongSupplier nowNanos;

    public SchemalessWriter(Catalog catalog) {
        this(catalog, SchemalessWriter::systemNanos);
    }

    /** @param nowNanos the clock for timestamps given as empty or {@code 0}: nanoseconds since the epoch */
    public SchemalessWriter(Catalog catalog, LongSupplier nowNanos) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.nowNanos = Objects.requireNonNull(nowNanos, "nowNanos");
    }

    private static long systemNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * Writes a payload into {@code database}.
     *
     * @param database the current database of the connection, or null when none is selected
     * @throws SqlError with TDengine's code and message: 0x2616 without a database, 0x0118 for an empty payload,
     *                  0x3002 and other parser codes for bad input, 0x3004 when a field changes type between lines
     */
    public SmlResult write(String database, SmlRequest request) {
        if (database == null || database.isEmpty()) {
            throw SmlErrors.of(TaosError.PAR_DB_NOT_SPECIFIED, "Database not specified");
        }
        byte[] data = request.data();
        if (data.length == 0) {
            throw SqlError.of(TaosError.INVALID_PARA);
        }
        int total = countLines(data, request.protocol());
        if (request.protocol() != SmlProtocol.JSON && total <= 0) {
            throw SmlErrors.of(TaosError.SML_INVALID_DATA, "line num is invalid");
        }
        Database db = catalog.database(database);
        SmlBatch batch = parse(request, db.precision(), nowNanos);
        long affected = catalog.ddl(() -> store(db, batch, request.ttl()));
        return new SmlResult(affected, total);
    }

    /**
     * Parses a payload as {@link #write} does, without a catalog: checks it and counts its rows (validation,
     * benchmarks).
     *
     * @param precision the precision timestamps are converted to (the target database's)
     * @return rows parsed
     * @throws SqlError as {@link #write} for bad input
     */
    public static int parse(SmlRequest request, Precision precision) {
        return parse(request, precision, SchemalessWriter::systemNanos).rows;
    }

    private static SmlBatch parse(SmlRequest request, Precision precision, LongSupplier nowNanos) {
        SmlBatch batch = new SmlBatch(request.data(), precision, request.tableNameKey(), nowNanos);
        switch (request.protocol()) {
            case LINE -> new LineProtocolParser(batch, request.precision()).parse();
            case TELNET -> new TelnetParser(batch).parse();
            case JSON -> new OpenTsdbJsonParser(batch).parse();
            default -> throw new IllegalStateException(request.protocol().toString());
        }
        if (batch.deferred != null) {
            throw batch.deferred;
        }
        return batch;
    }

    /**
     * Lines TDengine counts in a raw payload ({@code getRawLineLen}): segments ending at {@code \n} or at the last
     * byte, less line-protocol comments.
     */
    static int countLines(byte[] data, SmlProtocol protocol) {
        int lines = 0;
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n' || i == data.length - 1) {
                if (!(protocol == SmlProtocol.LINE && data[start] == '#')) {
                    lines++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private long store(Database db, SmlBatch batch, int ttl) {
        List<SuperTable> tables = new SchemaPlanner(catalog, db).apply(batch);
        InsertPlan.Builder plan = new InsertPlan.Builder();
        int i = 0;
        TaosType[][] types = new TaosType[tables.size()][];
        for (SmlStable s : batch.stables.values()) {
            types[i] = tables.get(i).schema().columnTypes();
            s.tableTypes = types[i];
            s.table = tables.get(i);
            i++;
        }
        for (SmlChild c : batch.children) {
            SmlStable s = c.stable;
            Object[] tags = new Object[s.table.schema().tags().size()];
            for (int t = 0; t < c.tagValues.length; t++) {
                tags[s.tagToSchema[c.tagIndex[t]]] = c.tagValues[t];
            }
            c.rows = plan.rows(db, c.name, s.table, tags, ttl);
        }
        rows(batch);
        return plan.build().execute(catalog);
    }

    private static void rows(SmlBatch batch) {
        byte[] store = batch.store;
        for (int r = 0; r < batch.rows; r++) {
            SmlChild c = batch.rowChild[r];
            var wb = c.rows;
            wb.beginRow(batch.rowTs[r]);
            int[] map = c.stable.colToSchema;
            TaosType[] types = c.stable.tableTypes;
            for (int f = batch.rowStart[r], end = batch.rowEnd(r); f < end; f++) {
                int col = map[batch.fieldCol[f]];
                append(wb.mark(col), types[col], batch.fieldBits[f], store);
            }
        }
    }

    private static void append(ColumnVector v, TaosType type, long bits, byte[] store) {
        switch (type) {
            case DOUBLE -> ((DoubleVector) v).append(Double.longBitsToDouble(bits));
            case FLOAT -> ((FloatVector) v).append(Float.intBitsToFloat((int) bits));
            case BIGINT, UBIGINT -> ((LongVector) v).append(bits);
            case INT, UINT -> ((IntVector) v).append((int) bits);
            case SMALLINT, USMALLINT -> ((ShortVector) v).append((short) bits);
            case TINYINT, UTINYINT -> ((ByteVector) v).append((byte) bits);
            case BOOL -> ((BoolVector) v).append(bits != 0);
            case VARCHAR, NCHAR, VARBINARY, GEOMETRY -> ((BinaryVector) v).append(store, (int) (bits >>> 32),
                    (int) bits);
            default -> throw new IllegalStateException("schemaless value of type " + type);
        }
    }
}
