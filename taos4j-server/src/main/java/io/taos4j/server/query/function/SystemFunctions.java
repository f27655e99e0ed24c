package io.taos4j.server.query.function;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * System information functions (tdengine-sql.md §7.9). TDengine's parser replaces these calls by literals
 * ({@code rewriteSystemInfoFunc}), so a client sees the value's own length (SERVER_VERSION() is VARCHAR(13) on
 * 3.3.7.5); the binder should fold them the same way. The types returned by {@code bind} are builtins.c's:
 * DATABASE() VARCHAR(63) (what a NULL database shows), CURRENT_USER()/USER() VARCHAR(22).
 */
final class SystemFunctions {
    private SystemFunctions() {
    }

    static List<Fn> all() {
        Fn user = text("current_user", 22, ctx -> (ctx.user() == null ? "" : ctx.user()) + "@localhost");
        return List.of(text("database", 63, EvalContext::database),
                text("client_version", Functions.CLIENT_VERSION.length(), ctx -> Functions.CLIENT_VERSION),
                text("server_version", Functions.SERVER_VERSION.length(), ctx -> Functions.SERVER_VERSION),
                user, user.named("user"),
                Fn.of("server_status", s -> {
                    s.count(0, 0);
                    return DataType.INT;
                }, (a, t, r, rows, ctx) -> {
                    int[] out = new int[rows];
                    Arrays.fill(out, 1);
                    return IntVector.wrap(TaosType.INT, out, rows);
                }));
    }

    private static Fn text(String name, int length, Function<EvalContext, String> value) {
        Fn fn = Fn.of(name, s -> {
            s.count(0, 0);
            return DataType.varchar(length);
        }, (a, t, r, rows, ctx) -> {
            String v = value.apply(ctx);
            BinaryVector out = Vec.binary(r, rows);
            for (int i = 0; i < rows; i++) {
                if (v == null) {
                    out.appendNull();
                } else {
                    out.append(v);
                }
            }
            return out;
        });
        return name.endsWith("version") ? fn : fn.nonDeterministic();
    }
}
