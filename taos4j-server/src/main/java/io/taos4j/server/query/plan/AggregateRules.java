package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.Window;

/**
 * Where aggregate functions may be used, beyond their argument types (parTranslater.c
 * {@code translateRepeatScanFunc}, builtins.c {@code translateElapsed}).
 */
final class AggregateRules {
    private AggregateRules() {
    }

    static void check(Expr.FunctionCall f, Relation relation, InputScope scope, Query.Select s, EvalContext ctx) {
        switch (f.name()) {
            case "percentile" -> {
                boolean single = relation instanceof Relation.Dual
                        || relation instanceof Relation.TableRelation && !relation.isMultiTable();
                if (!single) {
                    throw SqlError.of(0x265F, "percentile is only supported in single table query");
                }
                if (!s.partitionBy().isEmpty()) {
                    throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC,
                            "percentile function is not supported in partition query");
                }
                if (s.window() instanceof Window.EventWindow || s.window() instanceof Window.CountWindow) {
                    throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC,
                            "percentile function is not supported in count/event window");
                }
            }
            case "elapsed" -> {
                Expr a = f.args().isEmpty() ? null : f.args().get(0);
                if (a == null || scope.columnOf(a) == null || scope.columnOf(a) != relation.timestamp()) {
                    throw SqlError.of(0x2800,
                            "The first parameter of the ELAPSED function can only be the timestamp primary key");
                }
            }
            default -> {
            }
        }
    }
}
