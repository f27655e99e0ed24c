package io.taos4j.server.tmq;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.engine.Session;
import io.taos4j.server.query.Field;
import io.taos4j.server.query.plan.Planner;
import io.taos4j.server.query.EvalContext;
import io.taos4j.protocol.Precision;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.FromItem;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.TopicStatement;
import io.taos4j.server.sql.ast.TopicStatement.TopicKind;
import io.taos4j.server.sql.ast.TopicStatement.TopicMeta;
import java.time.ZoneOffset;
import java.util.List;

/** CREATE TOPIC, DROP TOPIC and DROP CONSUMER GROUP (tdengine-sql.md §9). */
public final class TopicDdl {
    private final Tmq tmq;

    public TopicDdl(Tmq tmq) {
        this.tmq = tmq;
    }

    /** Runs the statement; returns affected rows (0). */
    public long execute(Session session, ParsedSql sql, TopicStatement st) {
        if (st instanceof TopicStatement.CreateTopic c) {
            create(session, sql, c);
        } else if (st instanceof TopicStatement.DropTopic d) {
            tmq.dropTopic(d.name(), d.ifExists(), d.force());
        } else {
            TopicStatement.DropConsumerGroup g = (TopicStatement.DropConsumerGroup) st;
            tmq.dropGroup(g.group(), g.topic(), g.ifExists(), g.force());
        }
        return 0;
    }

    private void create(Session session, ParsedSql sql, TopicStatement.CreateTopic c) {
        if (c.meta() == TopicMeta.ONLY) {
            throw SqlError.of(TaosError.OPS_NOT_SUPPORT, "Operation not supported: ONLY META topics");
        }
        if (c.ifNotExists() && tmq.topic(c.name()) != null) {
            return;
        }
        Catalog catalog = tmq.catalog();
        String text = c.span().text(sql.sql());
        long now = System.currentTimeMillis();
        boolean meta = c.meta() == TopicMeta.WITH;
        Topic topic;
        switch (c.kind()) {
            case DATABASE -> {
                Database db = catalog.database(c.db());
                topic = new Topic(c.name(), db.name(), TopicKind.DATABASE, meta, text, null, null, null, now, "");
            }
            case STABLE -> {
                Database db = catalog.database(dbOf(session, c.stable().db()));
                TableEntry t = db.table(c.stable().name());
                if (t == null) {
                    throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
                }
                if (!(t instanceof SuperTable)) {
                    throw SqlError.of(TaosError.PAR_INVALID_TOPIC_QUERY);
                }
                String where = c.where() == null ? null : c.where().span().text(sql.sql());
                topic = new Topic(c.name(), db.name(), TopicKind.STABLE, meta, text, t.name(), where, t.name(), now,
                        "");
                if (where != null) {
                    plan(catalog, db.name(), "SELECT count(*) FROM `" + db.name() + "`.`" + t.name() + "` WHERE "
                            + where); // checks the condition now
                }
            }
            default -> topic = queryTopic(session, sql, c, text, now);
        }
        tmq.addTopic(topic, c.ifNotExists());
    }

    private Topic queryTopic(Session session, ParsedSql sql, TopicStatement.CreateTopic c, String text, long now) {
        if (!(c.query() instanceof Query.Select s) || !(s.from() instanceof FromItem.TableRef ref)
                || s.window() != null || s.interp() != null || !s.groupBy().isEmpty() || !s.partitionBy().isEmpty()
                || s.having() != null || !s.orderBy().isEmpty() || s.limit() != null || s.slimit() != null
                || s.distinct()) {
            throw SqlError.of(TaosError.PAR_INVALID_TOPIC_QUERY);
        }
        Database db = tmq.catalog().database(dbOf(session, ref.db()));
        TableEntry t = db.table(ref.table());
        if (t == null) {
            throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
        }
        String select = s.span().text(sql.sql());
        List<Field> fields = plan(tmq.catalog(), db.name(), select);
        for (Field f : fields) {
            if (f.name().matches("(?i)(count|sum|avg|min|max|first|last|spread|stddev|percentile|apercentile|"
                    + "last_row|elapsed|leastsquares|mode|hyperloglog|histogram|twa|irate)\\(.*")) {
                throw SqlError.of(TaosError.PAR_INVALID_TOPIC_QUERY);
            }
        }
        StringBuilder schema = new StringBuilder("[");
        for (Field f : fields) {
            if (schema.length() > 1) {
                schema.append(',');
            }
            schema.append("{\"name\":\"").append(f.name().replace("\"", "\\\"")).append("\",\"type\":\"")
                    .append(f.type().type().name()).append("\",\"length\":").append(f.blockSchema().bytes())
                    .append('}');
        }
        schema.append(']');
        return new Topic(c.name(), db.name(), TopicKind.QUERY, false, text, select, null, t.name(), now,
                schema.toString());
    }

    /** Plans {@code select} over no rows, for its columns and to surface its errors at creation. */
    private static List<Field> plan(Catalog catalog, String db, String select) {
        ParsedSql parsed = io.taos4j.server.sql.Parser.parse(select);
        Session s = new Session("root", db, ZoneOffset.UTC);
        EvalContext ctx = new EvalContext(ZoneOffset.UTC, Precision.MILLISECONDS, System.currentTimeMillis() * 1_000_000L,
                db, "root");
        var result = new Planner(catalog, s, ctx, () -> null).scanning(e -> List.of())
                .plan(parsed, (Query) parsed.statement());
        result.rows().close();
        return result.fields();
    }

    private static String dbOf(Session session, String db) {
        String name = db != null ? db : session.database();
        if (name == null) {
            throw SqlError.of(TaosError.PAR_DB_NOT_SPECIFIED);
        }
        return name;
    }
}
