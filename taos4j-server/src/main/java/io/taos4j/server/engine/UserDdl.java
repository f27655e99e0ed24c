package io.taos4j.server.engine;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.Password;
import io.taos4j.server.catalog.User;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.UserStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CREATE / ALTER / DROP USER, GRANT and REVOKE (tdengine-sql.md §10). Only super users manage users; any user may
 * change their own password. Passwords follow TDengine 3.3's rules with {@code enableStrongPassword} 1 (the value
 * 3.3.7.5 reports): 8 to 255 characters with at least three of upper case, lower case, digits and the special
 * characters {@code !@#$%^&*()-_+=[]{}:;><?|~,.}; the default {@code taosdata} is exempt. Privileges are recorded
 * (and listed by {@code information_schema.ins_user_privileges}) but not enforced by the embedded server.
 */
final class UserDdl {
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 255;
    private static final String SPECIAL = "!@#$%^&*()-_+=[]{}:;><?|~,.";

    private final Catalog catalog;

    UserDdl(Catalog catalog) {
        this.catalog = catalog;
    }

    long execute(Session session, ParsedSql sql, UserStatement st) {
        User me = catalog.user(session.user());
        boolean superUser = me != null && me.superUser();
        if (st instanceof UserStatement.AlterUser a && a.name().equals(session.user())
                && a.options().stream().allMatch(o -> o.name().equalsIgnoreCase("pass"))) {
            return alter(a);
        }
        if (!superUser) {
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
                catalog.putUser(new User(c.name(), Password.of(c.password()), false, true, sysinfo, createdb,
                        System.currentTimeMillis(), List.of()));
                return 0L;
            });
        }
        if (st instanceof UserStatement.AlterUser a) {
            return alter(a);
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
        if (st instanceof UserStatement.Grant g) {
            return privileges(sql, g.user(), g.privileges(), g.level(), g.condition(), true);
        }
        UserStatement.Revoke r = (UserStatement.Revoke) st;
        return privileges(sql, r.user(), r.privileges(), r.level(), r.condition(), false);
    }

    private long alter(UserStatement.AlterUser a) {
        Password newPassword = null;
        for (UserStatement.UserOption o : a.options()) {
            if (o.name().equalsIgnoreCase("pass")) {
                String text = string(o);
                checkPassword(text);
                newPassword = Password.of(text);
            }
        }
        Password password = newPassword;
        return catalog.ddl(() -> {
            User u = catalog.user(a.name());
            if (u == null) {
                throw SqlError.of(TaosError.MND_USER_NOT_EXIST);
            }
            boolean enabled = u.enabled();
            boolean sysinfo = u.sysinfo();
            boolean createdb = u.createdb();
            for (UserStatement.UserOption o : a.options()) {
                switch (o.name().toLowerCase(Locale.ROOT)) {
                    case "enable" -> enabled = flag(List.of(o), "enable", enabled);
                    case "sysinfo" -> sysinfo = flag(List.of(o), "sysinfo", sysinfo);
                    case "createdb" -> createdb = flag(List.of(o), "createdb", createdb);
                    default -> {
                        // PASS handled above; HOST lists: accepted
                    }
                }
            }
            if (u.superUser() && (!enabled || !sysinfo)) {
                throw SqlError.of(TaosError.MND_NO_RIGHTS);
            }
            User changed = u.withFlags(enabled, sysinfo, createdb);
            catalog.putUser(password == null ? changed : changed.withPassword(password));
            return 0L;
        });
    }

    private long privileges(ParsedSql sql, String userName, List<String> names, UserStatement.PrivilegeLevel level, Expr condition,
                            boolean grant) {
        return catalog.ddl(() -> {
            User u = catalog.user(userName);
            if (u == null) {
                throw SqlError.of(TaosError.MND_USER_NOT_EXIST);
            }
            if (level.db() != null && !level.db().equals("*")) {
                catalog.database(level.db());
                if (!level.object().equals("*") && catalog.database(level.db()).table(level.object()) == null) {
                    throw SqlError.of(TaosError.PAR_TABLE_NOT_EXIST);
                }
            }
            List<User.Privilege> list = new ArrayList<>(u.privileges());
            for (String name : names) {
                for (String p : name.equalsIgnoreCase("all") ? List.of("read", "write") : List.of(name)) {
                    User.Privilege privilege = new User.Privilege(p.toLowerCase(Locale.ROOT),
                            level.db() == null ? level.object() : level.db(),
                            level.db() == null || level.object().equals("*") ? "" : level.object(),
                            condition == null ? "" : sql.text(condition.span()));
                    list.removeIf(x -> x.privilege().equals(privilege.privilege()) && x.db().equals(privilege.db())
                            && x.table().equals(privilege.table()));
                    if (grant) {
                        list.add(privilege);
                    }
                }
            }
            catalog.putUser(u.withPrivileges(list));
            return 0L;
        });
    }

    /** TDengine's checks, in its order: too short (after trimming), too long, then the strength rule. */
    static void checkPassword(String password) {
        if (password == null || password.strip().length() < MIN_PASSWORD) {
            throw SqlError.of(TaosError.PAR_PASSWD_TOO_SHORT_OR_EMPTY);
        }
        if (password.length() > MAX_PASSWORD) {
            throw SqlError.of(TaosError.PAR_NAME_OR_PASSWD_TOO_LONG);
        }
        if (password.equals("taosdata")) {
            return;
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean special = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (SPECIAL.indexOf(c) >= 0) {
                special = true;
            } else {
                throw SqlError.of(TaosError.PAR_INVALID_PASSWD);
            }
        }
        int kinds = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (special ? 1 : 0);
        if (kinds < 3) {
            throw SqlError.of(TaosError.PAR_INVALID_PASSWD);
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
