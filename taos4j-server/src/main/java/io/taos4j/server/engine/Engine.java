package io.taos4j.server.engine;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.insert.InsertParser;
import io.taos4j.server.insert.InsertPlan;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.plan.Planner;
import io.taos4j.server.query.plan.Writes;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.Parser;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.AdminStatement;
import io.taos4j.server.sql.ast.DatabaseStatement;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.ShowStatement;
import io.taos4j.server.sql.ast.Statement;
import io.taos4j.server.sql.ast.TableStatement;
import io.taos4j.server.sql.ast.TopicStatement;
import io.taos4j.server.sql.ast.UserStatement;
import io.taos4j.server.system.SystemContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Executes SQL statements for sessions against one catalog. Thread-safe: many sessions run statements at once.
 */
public final class Engine {
    private final Catalog catalog;
    private final ServerInfo info;
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private final Clock clock = Clock.systemUTC();
    private final DatabaseDdl databases;
    private final TableDdl tables;
    private final ShowExecutor shows;
    private final UserDdl users;

    /** An engine over a new, empty in-memory catalog. */
    public Engine(ServerInfo info) {
        this(info, new Catalog());
    }

    /** An engine over {@code catalog} (e.g. one recovered from a data directory, with durable storage attached). */
    public Engine(ServerInfo info, Catalog catalog) {
        this.info = info;
        this.catalog = catalog;
        this.databases = new DatabaseDdl(catalog);
        this.tables = new TableDdl(catalog);
        this.shows = new ShowExecutor(catalog);
        this.users = new UserDdl(catalog);
    }

    public ServerInfo info() {
        return info;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Registers an open session (for SHOW CONNECTIONS); pair with {@link #closeSession}. */
    public void openSession(Session session) {
        sessions.add(session);
    }

    public void closeSession(Session session) {
        sessions.remove(session);
    }

    public Collection<Session> sessions() {
        return sessions;
    }

    /** The statement's {@code now}: nanoseconds since the epoch. */
    private long nowNanos() {
        Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private SystemContext systemContext(Session session) {
        return new SystemContext(catalog, sessions, session, info.version(), info.startTime(), info.endpoint());
    }

    /**
     * Checks a statement without running it ({@code validate_sql}).
     *
     * @return 0 when valid, else TDengine's full 32-bit error code (a negative number)
     */
    public long validate(Session session, String sql) {
        try {
            if (InsertParser.isInsert(sql)) {
                if (new InsertParser(catalog, session.database(), session.zone(), nowNanos()).parse(sql) != null) {
                    return 0;
                }
            }
            Parser.parse(sql);
            return 0;
        } catch (SqlError e) {
            return 0x80000000 | e.code();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /**
     * Executes one SQL statement (only the first when the text holds several).
     *
     * @throws SqlError with TDengine's code and message when the statement fails
     */
    public Result execute(Session session, String sql) {
        session.touch();
        long now = nowNanos();
        if (InsertParser.isInsert(sql)) {
            InsertPlan plan = new InsertParser(catalog, session.database(), session.zone(), now).parse(sql);
            if (plan != null) {
                return new Result.Update(plan.execute(catalog));
            }
        }
        ParsedSql parsed = Parser.parse(sql);
        return execute(session, parsed, now);
    }

    /**
     * Executes an already parsed statement, e.g. a prepared query whose placeholders carry bound values
     * ({@link ParsedSql#withParameters}).
     *
     * @throws SqlError with TDengine's code and message when the statement fails
     */
    public Result execute(Session session, ParsedSql sql) {
        session.touch();
        return execute(session, sql, nowNanos());
    }

    private Result execute(Session session, ParsedSql sql, long now) {
        Statement st = sql.statement();
        EvalContext ctx = new EvalContext(session.zone(), Precision.MILLISECONDS, now, session.database(),
                session.user(), info.version());
        Planner planner = new Planner(catalog, session, ctx, () -> systemContext(session));
        if (st instanceof Query q) {
            return planner.plan(sql, q);
        }
        if (st instanceof DatabaseStatement d) {
            return update(databases.execute(session, sql, d));
        }
        if (st instanceof TableStatement t) {
            return table(session, sql, t, planner, now);
        }
        if (st instanceof ShowStatement s) {
            return shows.execute(session, sql, s, systemContext(session));
        }
        if (st instanceof UserStatement u) {
            return update(users.execute(session, sql, u));
        }
        if (st instanceof TopicStatement) {
            throw SqlError.of(TaosError.OPS_NOT_SUPPORT, "Operation not supported: topics (CREATE TOPIC and data "
                    + "subscription) are not available in this release of the taos4j embedded server");
        }
        return admin(session, (AdminStatement) st);
    }

    private Result table(Session session, ParsedSql sql, TableStatement t, Planner planner, long now) {
        if (t instanceof TableStatement.CreateTable c) {
            return update(tables.create(session, c));
        }
        if (t instanceof TableStatement.CreateChildTables c) {
            return update(tables.createChildren(session, sql, c, now));
        }
        if (t instanceof TableStatement.DropTable d) {
            return update(tables.drop(session, d));
        }
        if (t instanceof TableStatement.DropStable d) {
            return update(tables.dropStable(session, d));
        }
        if (t instanceof TableStatement.AlterTable a) {
            return update(tables.alter(session, sql, a, now));
        }
        if (t instanceof TableStatement.Describe d) {
            return shows.describe(session, d.name());
        }
        if (t instanceof TableStatement.Delete d) {
            return update(new Writes(planner, catalog).delete(sql, d));
        }
        TableStatement.InsertQuery i = (TableStatement.InsertQuery) t;
        return update(new Writes(planner, catalog).insertSelect(session, sql, i));
    }

    private Result admin(Session session, AdminStatement st) {
        if (st instanceof AdminStatement.AlterLocal || st instanceof AdminStatement.ResetQueryCache) {
            return update(0);
        }
        if (st instanceof AdminStatement.KillQuery || st instanceof AdminStatement.KillTransaction) {
            throw SqlError.of(TaosError.MND_INVALID_CONN_ID);
        }
        if (st instanceof AdminStatement.KillConnection k) {
            for (Session s : sessions) {
                if (s.id() == k.id()) {
                    throw SqlError.of(TaosError.OPS_NOT_SUPPORT, "Operation not supported: KILL CONNECTION");
                }
            }
            throw SqlError.of(TaosError.MND_INVALID_CONN_ID);
        }
        if (st instanceof AdminStatement.Explain) {
            throw SqlError.of(TaosError.OPS_NOT_SUPPORT, "Operation not supported: EXPLAIN");
        }
        AdminStatement.Unsupported u = (AdminStatement.Unsupported) st;
        throw SqlError.of(TaosError.OPS_NOT_SUPPORT, "Operation not supported: " + u.what());
    }

    private static Result update(long affected) {
        return new Result.Update(affected);
    }
}
