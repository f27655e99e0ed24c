package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.exec.RowWindows;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Window;
import io.taos4j.server.type.Timestamps;
import java.util.ArrayList;
import java.util.List;

/** Binds SESSION, STATE_WINDOW, EVENT_WINDOW and COUNT_WINDOW clauses (tdengine-sql.md §6.7). */
final class WindowPlanning {
    private WindowPlanning() {
    }

    static RowWindows rowWindows(Window w, ParsedSql sql, ExprBinder input, InputScope scope, EvalContext ctx) {
        if (scope.timestampSlot() < 0) {
            throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, "Window query requires valid time series input");
        }
        if (w instanceof Window.SessionWindow sw) {
            ColumnInfo c = scope.columnOf(sw.ts());
            if (c == null || c != scope.relation().timestamp()) {
                throw SqlError.of(0x2654, "Only support SESSION on primary timestamp column");
            }
            long gap = ticks(sw.gap(), sql, ctx);
            if (gap <= 0) {
                throw SqlError.of(0x2656, "Invalid session window gap");
            }
            return new RowWindows.Session(gap);
        }
        if (w instanceof Window.StateWindow st) {
            Expression state = input.bind(st.expr());
            TaosType t = state.type().type();
            if (!t.isInteger() && t != TaosType.BOOL && t != TaosType.VARCHAR && t != TaosType.NCHAR) {
                throw SqlError.of(0x2628, "Only support STATE_WINDOW on integer/bool/varchar column");
            }
            ColumnInfo c = scope.columnOf(st.expr());
            if (c != null && c.kind() == ColumnInfo.Kind.TAG) {
                throw SqlError.of(0x2629, "Not support STATE_WINDOW on tag column");
            }
            long minDuration = st.trueFor() == null ? 0 : ticks(st.trueFor(), sql, ctx);
            if (st.extend() != null) {
                long extend = st.extend() instanceof Expr.IntLiteral i ? i.value() : -1;
                if (extend < 0 || extend > 2) {
                    throw SqlError.of(TaosError.PAR_WRONG_VALUE_TYPE,
                            "STATE_WINDOW extend must be 0, 1 or 2: " + sql.text(st.extend().span()));
                }
                return new RowWindows.ExtendedState(state, minDuration, (int) extend);
            }
            return new RowWindows.State(state, minDuration);
        }
        if (w instanceof Window.EventWindow ev) {
            return new RowWindows.Event(input.bind(ev.start()), input.bind(ev.end()),
                    ev.trueFor() == null ? 0 : ticks(ev.trueFor(), sql, ctx));
        }
        Window.CountWindow cw = (Window.CountWindow) w;
        long sliding = cw.sliding() == null ? cw.count() : cw.sliding();
        if (cw.count() < 2 || cw.count() > Integer.MAX_VALUE) {
            throw SqlError.of(0x2688, "Size of Count window must exceed 1.");
        }
        if (sliding < 1 || sliding > cw.count()) {
            throw SqlError.of(0x2689, "Size of Count window must exceed sliding value.");
        }
        List<Expression> cols = new ArrayList<>();
        for (Expr c : cw.columns()) {
            cols.add(input.bind(c));
        }
        return new RowWindows.Count(cw.count(), sliding, cols);
    }

    /** A window duration in database ticks. */
    private static long ticks(Expr e, ParsedSql sql, EvalContext ctx) {
        if (e instanceof Expr.DurationLiteral d) {
            if (d.unit() == 'n' || d.unit() == 'y') {
                throw SqlError.of(TaosError.PAR_WRONG_VALUE_TYPE, "Invalid value type: calendar duration");
            }
            return Timestamps.durationTicks(d.amount(), d.unit(), ctx.precision());
        }
        if (e instanceof Expr.IntLiteral i) {
            return i.value();
        }
        if (e instanceof Expr.StringLiteral s) {
            String t = s.value().strip();
            char unit = t.isEmpty() ? 0 : t.charAt(t.length() - 1);
            if (Timestamps.isDurationUnit(unit)) {
                try {
                    return Timestamps.durationTicks(Long.parseLong(t.substring(0, t.length() - 1)), unit,
                            ctx.precision());
                } catch (NumberFormatException ignored) {
                    // a syntax error below
                }
            }
        }
        throw SqlError.syntax(sql.text(e.span()));
    }
}
