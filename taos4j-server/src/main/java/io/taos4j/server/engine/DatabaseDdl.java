package io.taos4j.server.engine;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.DatabaseOptions;
import io.taos4j.server.catalog.DbOption;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.DatabaseStatement;
import io.taos4j.server.sql.ast.Expr;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** CREATE / ALTER / DROP / USE DATABASE (tdengine-sql.md §3). */
final class DatabaseDdl {
    private final Catalog catalog;

    DatabaseDdl(Catalog catalog) {
        this.catalog = catalog;
    }

    long execute(Session session, ParsedSql sql, DatabaseStatement st) {
        if (st instanceof DatabaseStatement.CreateDatabase c) {
            Map<DbOption, String> options = options(sql, c.options(), false);
            validate(DatabaseOptions.defaults().with(options));
            return catalog.ddl(() -> {
                if (Catalog.isSystemDatabase(c.name()) || catalog.findDatabase(c.name()) != null) {
                    if (c.ifNotExists()) {
                        return 0L;
                    }
                    throw SqlError.of(TaosError.MND_DB_ALREADY_EXIST);
                }
                catalog.createDatabase(c.name(), DatabaseOptions.defaults().with(options));
                return 0L;
            });
        }
        if (st instanceof DatabaseStatement.DropDatabase d) {
            return catalog.ddl(() -> {
                if (Catalog.isSystemDatabase(d.name())) {
                    throw SqlError.of(TaosError.MND_REQ_REJECTED, "Cannot drop system database " + d.name());
                }
                if (catalog.findDatabase(d.name()) == null) {
                    if (d.ifExists()) {
                        return 0L;
                    }
                    throw SqlError.of(TaosError.MND_DB_NOT_EXIST);
                }
                catalog.dropDatabase(d.name());
                return 0L;
            });
        }
        if (st instanceof DatabaseStatement.UseDatabase u) {
            if (!Catalog.isSystemDatabase(u.name())) {
                catalog.database(u.name());
            }
            session.setDatabase(u.name());
            return 0;
        }
        if (st instanceof DatabaseStatement.AlterDatabase a) {
            Map<DbOption, String> options = options(sql, a.options(), true);
            return catalog.ddl(() -> {
                Database db = catalog.database(a.name());
                DatabaseOptions next = db.options().with(options);
                validate(next);
                catalog.alterDatabase(db, next);
                return 0L;
            });
        }
        if (st instanceof DatabaseStatement.FlushDatabase f) {
            catalog.database(f.name());
            catalog.storage().flush();
            return 0;
        }
        if (st instanceof DatabaseStatement.TrimDatabase t) {
            catalog.database(t.name());
            return 0;
        }
        throw SqlError.of(TaosError.OPS_NOT_SUPPORT);
    }

    /** Options in canonical text form, validated one by one. */
    private static Map<DbOption, String> options(ParsedSql sql, List<DatabaseStatement.DbOption> given,
                                                 boolean alter) {
        Map<DbOption, String> out = new EnumMap<>(DbOption.class);
        for (DatabaseStatement.DbOption o : given) {
            DbOption option = DbOption.of(o.name());
            if (option == null || alter && !option.alterable()) {
                String text = o.values().isEmpty() ? o.name() : o.name() + " " + sql.text(o.values().get(0).span());
                throw SqlError.syntax(text);
            }
            out.put(option, value(option, o.values()));
        }
        return out;
    }

    private static String value(DbOption option, List<Expr> values) {
        String name = option.sqlName();
        switch (option.kind()) {
            case INT -> {
                if (values.size() != 1 || !(values.get(0) instanceof Expr.IntLiteral i)) {
                    throw invalid(name, values);
                }
                if (option == DbOption.REPLICA && i.value() != 1) {
                    throw SqlError.of(TaosError.MND_NO_ENOUGH_DNODES);
                }
                if (option == DbOption.VGROUPS && (i.value() < 1 || i.value() > 1024)) {
                    throw SqlError.of(TaosError.PAR_INVALID_DB_OPTION, "Invalid option vgroups: " + i.value()
                            + ", valid range: [1, 1024]");
                }
                return Long.toString(i.value());
            }
            case STRING -> {
                if (values.size() != 1 || !(values.get(0) instanceof Expr.StringLiteral s)) {
                    throw invalid(name, values);
                }
                String v = s.value().toLowerCase(Locale.ROOT);
                if (option == DbOption.PRECISION && Precision.ofSqlName(v) == null) {
                    throw SqlError.of(TaosError.PAR_INVALID_DB_OPTION, "Invalid option precision: " + s.value());
                }
                if (option == DbOption.CACHEMODEL && !List.of("none", "last_row", "last_value", "both").contains(v)) {
                    throw SqlError.of(TaosError.PAR_INVALID_DB_OPTION, "Invalid option cachemodel: " + s.value());
                }
                return v;
            }
            case DURATION -> {
                if (values.size() != 1) {
                    throw invalid(name, values);
                }
                return duration(name, values.get(0));
            }
            case KEEP -> {
                int max = option == DbOption.KEEP ? 3 : 2;
                if (values.isEmpty() || values.size() > max) {
                    throw invalid(name, values);
                }
                String[] parts = new String[max];
                for (int i = 0; i < max; i++) {
                    parts[i] = duration(name, values.get(Math.min(i, values.size() - 1)));
                }
                return String.join(",", parts);
            }
            default -> throw new IllegalStateException(option.kind().toString());
        }
    }

    private static String duration(String option, Expr e) {
        if (e instanceof Expr.IntLiteral i) {
            return i.value() + "d";
        }
        if (e instanceof Expr.DurationLiteral d) {
            if (d.unit() != 'm' && d.unit() != 'h' && d.unit() != 'd') {
                throw SqlError.of(TaosError.PAR_INVALID_DB_OPTION, "Invalid option " + option + " unit: "
                        + d.unit() + ", only m, h, d allowed");
            }
            return d.amount() + String.valueOf(d.unit());
        }
        if (e instanceof Expr.StringLiteral s) {
            String v = s.value().strip();
            char unit = v.isEmpty() ? 0 : v.charAt(v.length() - 1);
            if ((unit == 'm' || unit == 'h' || unit == 'd') && v.substring(0, v.length() - 1).matches("\\d+")) {
                return v;
            }
        }
        throw SqlError.of(TaosError.PAR_INVALID_DB_OPTION, "Invalid option " + option);
    }

    private static SqlError invalid(String name, List<Expr> values) {
        return SqlError.of(TaosError.PAR_INVALID_DB_OPTION, "Invalid option " + name);
    }

    /** Cross-option rules: KEEP values ordered and at least 3 × DURATION. */
    private static void validate(DatabaseOptions o) {
        long duration = DatabaseOptions.durationMinutes(o.get(DbOption.DURATION));
        String[] keep = o.get(DbOption.KEEP).split(",");
        long k0 = DatabaseOptions.durationMinutes(keep[0]);
        long k1 = DatabaseOptions.durationMinutes(keep[1]);
        long k2 = DatabaseOptions.durationMinutes(keep[2]);
        if (!(k2 >= k1 && k1 >= k0 && k0 >= 3 * duration)) {
            throw SqlError.of(TaosError.PAR_INVALID_DB_OPTION,
                    "Invalid duration value, should be keep2 >= keep1 >= keep0 >= 3 * duration");
        }
    }
}
