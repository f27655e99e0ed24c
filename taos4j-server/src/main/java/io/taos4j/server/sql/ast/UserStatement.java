package io.taos4j.server.sql.ast;

import java.util.List;

/** User and privilege statements (tdengine-sql.md §10). */
public sealed interface UserStatement extends Statement {
    /**
     * A user option with its values: {@code ("sysinfo", [0])}, {@code ("createdb", [1])}, {@code ("pass", ['x'])},
     * {@code ("enable", [0])}, {@code ("host", ['ip', ...])}, {@code ("add host", [...])}, {@code ("drop host", [...])}.
     */
    record UserOption(String name, List<Expr> values) {
        public UserOption {
            values = List.copyOf(values);
        }
    }

    /** {@code CREATE USER [IF NOT EXISTS] name PASS 'password' [SYSINFO n] [CREATEDB n] [HOST 'ip', ...]}. */
    record CreateUser(Span span, boolean ifNotExists, String name, String password, List<UserOption> options)
            implements UserStatement {
        public CreateUser {
            options = List.copyOf(options);
        }
    }

    /** {@code ALTER USER name PASS 'x' | ENABLE n | SYSINFO n | CREATEDB n | ADD|DROP HOST 'ip', ...}. */
    record AlterUser(Span span, String name, List<UserOption> options) implements UserStatement {
        public AlterUser {
            options = List.copyOf(options);
        }
    }

    record DropUser(Span span, boolean ifExists, String name) implements UserStatement {
    }

    /**
     * What a GRANT/REVOKE applies to: {@code *.*} (db "*", object "*"), {@code db.*}, {@code db.table}, or a topic
     * (db null, object the topic name).
     */
    record PrivilegeLevel(String db, String object) {
    }

    /**
     * {@code GRANT privileges ON level [WITH condition] TO user}; privileges in lower case ({@code all},
     * {@code read}, {@code write}, {@code alter}, {@code subscribe}); condition nullable.
     */
    record Grant(Span span, List<String> privileges, PrivilegeLevel level, Expr condition, String user)
            implements UserStatement {
        public Grant {
            privileges = List.copyOf(privileges);
        }
    }

    /** {@code REVOKE privileges ON level [WITH condition] FROM user}. */
    record Revoke(Span span, List<String> privileges, PrivilegeLevel level, Expr condition, String user)
            implements UserStatement {
        public Revoke {
            privileges = List.copyOf(privileges);
        }
    }
}
