package io.taos4j.server.engine;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.insert.InsertParser;
import io.taos4j.server.insert.InsertPlan;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Executes SQL statements for sessions against one catalog. Thread-safe: many sessions run statements at once.
 */
public final class Engine {
    private final Catalog catalog = new Catalog();
    private final ServerInfo info;
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private final Clock clock = Clock.systemUTC();

    public Engine(ServerInfo info) {
        this.info = info;
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
    long nowNanos() {
        java.time.Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /**
     * Checks a statement without running it ({@code validate_sql}).
     *
     * @return 0 when valid, else TDengine's full 32-bit error code (a negative number)
     */
    public long validate(Session session, String sql) {
        throw new UnsupportedOperationException("validate_sql is being wired");
    }

    /**
     * Executes one SQL statement (only the first when the text holds several).
     *
     * @throws io.taos4j.server.sql.SqlError with TDengine's code and message when the statement fails
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
        throw new UnsupportedOperationException("statement execution is being wired");
    }
}
