package io.taos4j.server.query;

import io.taos4j.protocol.Precision;
import io.taos4j.server.query.function.Functions;
import java.time.ZoneId;

/**
 * What expression evaluation needs from the statement: the time zone for timestamp text, the precision of the
 * timestamps being computed, and the statement's single {@code now}.
 *
 * @param zone          the session's time zone
 * @param precision     precision of TIMESTAMP values in this query (the database's; ms without a table)
 * @param nowNanos      {@code now} in nanoseconds since the epoch, the same for the whole statement
 * @param database      the session's current database, or null
 * @param user          the session's user
 * @param serverVersion the version the server reports ({@code server_version()})
 */
public record EvalContext(ZoneId zone, Precision precision, long nowNanos, String database, String user,
                          String serverVersion) {

    public EvalContext(ZoneId zone, Precision precision, long nowNanos, String database, String user) {
        this(zone, precision, nowNanos, database, user, Functions.SERVER_VERSION);
    }

    /** {@code now} in this context's precision. */
    public long now() {
        return Math.floorDiv(nowNanos, precision.nanosPerTick());
    }

    public EvalContext withPrecision(Precision p) {
        return new EvalContext(zone, p, nowNanos, database, user, serverVersion);
    }
}
