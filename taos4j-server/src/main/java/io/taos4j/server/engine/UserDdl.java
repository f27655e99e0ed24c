package io.taos4j.server.engine;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.User;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.UserStatement;
import java.util.List;
import java.util.Locale;

/** CREATE / ALTER / DROP USER, GRANT and REVOKE (tdengine-sql.md §10). Only super users manage users. */
final class UserDdl {
    private final Catalog catalog;

    UserDdl(Catalog catalog) {
        this.catalog = catalog;
    }

    long execute(Session session, UserStatement st) {
        User me = catalog.user(session.user());
        if (me == null || !me.superUser()) {
            throw SqlError.of(TaosError.MND_NO_RIGHTS);
        }
        if (st instanceof UserStatement.CreateUser c) {
            checkPassword(c.password());
            return catalog.ddl(() -> {
                if (catalog.user(c.name()) != null) {
                    if (c.ifNotExists()) {
                        return 0L;
                    }
                    throw SqlError.of(TaosError.MND_USER_ALREADY_EXIST);
                }
                boolean sysinfo = flag(c.options(), "sysinfo", true);
                boolean createdb = flag(c.options(), "createdb", false);
                catalog.putUser(new User(c.name(), c.password(), false, true, sysinfo, createdb,
                        System.currentTimeMillis()));
                return 0L;
            });
        }
        if (st instanceof UserStatement.AlterUser a) {
            return catalog.ddl(() -> {
                User u = catalog.user(a.name());
                if (u == null) {
                    throw SqlError.of(TaosError.MND_USER_NOT_EXIST);
                }
                String password = u.password();
                boolean enabled = u.enabled();
                boolean sysinfo = u.sysinfo();
                boolean createdb = u.createdb();
                for (UserStatement.UserOption o : a.options()) {
                    switch (o.name().toLowerCase(Locale.ROOT)) {
                        case "pass" -> {
                            password = string(o);
                            checkPassword(password);
                        }
                        case "enable" -> enabled = flag(List.of(o), "enable", enabled);
                        case "sysinfo" -> sysinfo = flag(List.of(o), "sysinfo", sysinfo);
                        case "createdb" -> createdb = flag(List.of(o), "createdb", createdb);
                        default -> {
                            // HOST lists and other options: accepted
                        }
                    }
                }
                catalog.putUser(new User(u.name(), password, u.superUser(), enabled, sysinfo, createdb,
                        u.createTime()));
                return 0L;
            });
        }
        if (st instanceof UserStatement.DropUser d) {
            return catalog.ddl(() -> {
                User u = catalog.user(d.name());
                if (u == null) {
                    if (d.ifExists()) {
                        return 0L;
                    }
                    throw SqlError.of(TaosError.MND_USER_NOT_EXIST);
                }
                if (u.superUser()) {
                    throw SqlError.of(TaosError.MND_NO_RIGHTS);
                }
                catalog.removeUser(d.name());
                return 0L;
            });
        }
        // GRANT / REVOKE: privileges are not enforced by the embedded server; accept them
        return 0;
    }

    private static void checkPassword(String password) {
        if (password == null || password.isEmpty() || password.length() > 255) {
            throw SqlError.of(TaosError.MND_INVALID_PASS_FORMAT);
        }
    }

    private static String string(UserStatement.UserOption o) {
        if (!o.values().isEmpty() && o.values().get(0) instanceof Expr.StringLiteral s) {
            return s.value();
        }
        throw SqlError.of(TaosError.MND_INVALID_PASS_FORMAT);
    }

    private static boolean flag(List<UserStatement.UserOption> options, String name, boolean dflt) {
        for (UserStatement.UserOption o : options) {
            if (o.name().equalsIgnoreCase(name) && !o.values().isEmpty()
                    && o.values().get(0) instanceof Expr.IntLiteral i) {
                return i.value() != 0;
            }
        }
        return dflt;
    }
}
