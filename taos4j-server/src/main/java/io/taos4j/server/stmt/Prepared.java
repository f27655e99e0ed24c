package io.taos4j.server.stmt;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.ws.Stmt2Field;
import io.taos4j.protocol.ws.StmtField;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.Session;
import io.taos4j.server.insert.InsertParser;
import io.taos4j.server.insert.PreparedInsert;
import io.taos4j.server.insert.StmtInsertParser;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.Parser;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A prepared statement: an INSERT with placeholders, or a query with placeholders. Immutable. */
final class Prepared {
    /** {@code bytes} TDengine reports for the table-name slot (ws-sql.md §9.3). */
    static final int TBNAME_BYTES = 271;

    private final PreparedInsert insert;
    private final ParsedSql query;

    private Prepared(PreparedInsert insert, ParsedSql query) {
        this.insert = insert;
        this.query = query;
    }

    /**
     * Parses {@code sql} for binding.
     *
     * @throws SqlError 0x2600 for anything but INSERT and SELECT, and the parsers' errors
     */
    static Prepared of(Engine engine, Session session, String sql) {
        if (sql == null || sql.isBlank()) {
            throw notSupported();
        }
        if (InsertParser.isInsert(sql)) {
            Instant now = Instant.now();
            long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
            return new Prepared(new StmtInsertParser(engine.catalog(), session.database(), session.zone(), nanos)
                    .parse(sql), null);
        }
        ParsedSql parsed = Parser.parse(sql);
        if (!(parsed.statement() instanceof Query)) {
            throw notSupported();
        }
        return new Prepared(null, parsed);
    }

    private static SqlError notSupported() {
        return SqlError.of(TaosError.PAR_SYNTAX_ERROR, "stmt only support 'SELECT' or 'INSERT'");
    }

    boolean isInsert() {
        return insert != null;
    }

    PreparedInsert insert() {
        return insert;
    }

    /** Number of placeholders. */
    int paramCount() {
        return insert != null ? insert.params().size() : query.placeholderCount();
    }

    /** Plans the query with these values bound. */
    Result.Query plan(Engine engine, Session session, List<Expr> values) {
        ParsedSql sql = values.isEmpty() && query.placeholderCount() == 0 ? query : query.withParameters(values);
        return (Result.Query) engine.execute(session, sql);
    }

    /**
     * The stmt2 field list of an INSERT, in placeholder order (ws-sql.md §9.3): only TIMESTAMP fields carry the
     * database precision, the table-name slot is VARCHAR of 271 bytes.
     *
     * @throws SqlError 0x022B {@code Table does not exist} when the tables are only known when bound
     */
    List<Stmt2Field> stmt2Fields() {
        if (!insert.hasKnownFields()) {
            throw SqlError.of(TaosError.TSC_STMT_TBNAME_ERROR, TaosError.PAR_TABLE_NOT_EXIST.text());
        }
        int precision = precisionCode();
        List<Stmt2Field> out = new ArrayList<>(insert.params().size());
        for (PreparedInsert.Param p : insert.params()) {
            switch (p.slot()) {
                case TABLE_NAME -> out.add(new Stmt2Field("tbname", TaosType.VARCHAR.code(), 0, 0, TBNAME_BYTES,
                        Stmt2Field.BIND_TABLE_NAME));
                case TAG -> out.add(stmt2Field(p.column(), precision, Stmt2Field.BIND_TAG));
                case COLUMN -> out.add(stmt2Field(p.column(), precision, Stmt2Field.BIND_COLUMN));
            }
        }
        return out;
    }

    private int precisionCode() {
        return insert.superTable() != null ? insert.superTable().database().precision().code()
                : insert.database().precision().code();
    }

    private static Stmt2Field stmt2Field(Column c, int precision, int bindType) {
        TaosType t = c.type().type();
        return new Stmt2Field(c.name(), t.code(), t == TaosType.TIMESTAMP ? precision : 0, 0,
                c.type().storageBytes(), bindType);
    }

    /**
     * Classic {@code get_col_fields}/{@code get_tag_fields} entries: TDengine sets the precision only on the first
     * field, and only when it is the TIMESTAMP column.
     */
    static List<StmtField> classicFields(List<Column> columns, int precision) {
        List<StmtField> out = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            TaosType t = c.type().type();
            int p = i == 0 && t == TaosType.TIMESTAMP ? precision : 0;
            out.add(new StmtField(c.name(), t.code(), p, c.type().scale(), c.type().storageBytes()));
        }
        return out;
    }
}
