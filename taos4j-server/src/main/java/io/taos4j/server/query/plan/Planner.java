package io.taos4j.server.query.plan;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.engine.Result;
import io.taos4j.server.engine.Session;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.exec.BatchSource;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.FromItem;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.system.SystemContext;
import io.taos4j.server.system.SystemTable;
import io.taos4j.server.system.SystemTables;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Plans queries: resolves FROM, binds expressions and builds the operator tree. One planner per statement.
 */
public final class Planner {
    /** Functions that return several rows per group (time-series and multi-row selection functions). */
    static final Set<String> INDEFINITE_FUNCTIONS = Set.of("diff", "csum", "derivative", "mavg", "statecount",
            "stateduration", "top", "bottom", "sample", "tail", "unique", "interp", "histogram");

    private final Catalog catalog;
    private final Session session;
    private final EvalContext baseContext;
    private final Supplier<SystemContext> systemContext;
    /** Replaces the tables a table relation reads (TMQ query topics), or null. */
    private java.util.function.Function<TableEntry, List<io.taos4j.server.catalog.DataTable>> scanTables;

    public Planner(Catalog catalog, Session session, EvalContext baseContext, Supplier<SystemContext> systemContext) {
        this.catalog = catalog;
        this.session = session;
        this.baseContext = baseContext;
        this.systemContext = systemContext;
    }

    /**
     * Makes every table of a FROM read {@code tables.apply(entry)} instead of the entry's own tables (its children
     * for a super table). TMQ uses it to run a topic's query over the rows of one log entry.
     */
    public Planner scanning(java.util.function.Function<TableEntry, List<io.taos4j.server.catalog.DataTable>> tables) {
        this.scanTables = tables;
        return this;
    }

    Session session() {
        return session;
    }

    EvalContext baseContext() {
        return baseContext;
    }

    /** Plans a query statement into fields plus the operator producing its rows. */
    public Result.Query plan(ParsedSql sql, Query query) {
        Planned p = planQuery(sql, query);
        return new Result.Query(p.fields(), p.precision(), p.rows().get());
    }

    /** A planned query: output fields and a factory of its operator tree (subqueries may be opened again). */
    record Planned(List<Field> fields, Precision precision, Supplier<Operator> rows) {
    }

    Planned planQuery(ParsedSql sql, Query query) {
        if (query instanceof Query.Select s) {
            return new SelectPlanner(this, sql, WindowJoins.rewrite(this, sql, s)).plan();
        }
        return new UnionPlanner(this, sql).plan((Query.SetOperation) query);
    }

    /** Resolves a FROM item; {@code where} may hold the main condition of inner joins ({@code FROM a, b WHERE}). */
    Relation relation(ParsedSql sql, FromItem from, io.taos4j.server.sql.ast.Expr where) {
        if (from instanceof FromItem.JoinRef) {
            return new JoinPlanner(this, sql, where).relation(from);
        }
        return relation(sql, from);
    }

    /** Resolves a FROM item other than a join. */
    Relation relation(ParsedSql sql, FromItem from) {
        if (from == null) {
            return new Relation.Dual();
        }
        if (from instanceof FromItem.TableRef t) {
            return table(t);
        }
        if (from instanceof FromItem.SubqueryRef s) {
            return subquery(sql, s, s.alias());
        }
        return new JoinPlanner(this, sql, null).relation(from);
    }

    /** A subquery in FROM whose columns answer to {@code qualifier}. */
    Relation subquery(ParsedSql sql, FromItem.SubqueryRef s, String qualifier) {
        Planned inner = planQuery(sql, s.query());
        return new Relation.BatchRelation(inner.fields(), qualifier, inner.precision(), inner.rows());
    }

    private Relation table(FromItem.TableRef t) {
        String dbName = t.db() != null ? t.db() : session.database();
        if (dbName == null) {
            throw SqlError.of(TaosError.PAR_DB_NOT_SPECIFIED);
        }
        if (SystemTables.isSystemDatabase(dbName)) {
            SystemTable st = SystemTables.find(dbName, t.table());
            if (st == null) {
                throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
            }
            SystemContext sc = systemContext.get();
            return new Relation.BatchRelation(st.fields(), t.alias() != null ? t.alias() : st.name(),
                    Precision.MILLISECONDS, () -> BatchSource.of(st.rows(sc)));
        }
        Database db = catalog.database(dbName);
        TableEntry entry = db.table(t.table());
        if (entry == null) {
            throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
        }
        Relation.TableRelation rel = new Relation.TableRelation(entry, t.alias());
        if (scanTables != null) {
            rel.scanOnly(scanTables.apply(entry));
        }
        return rel;
    }
}
