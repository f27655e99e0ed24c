package io.taos4j.server.sql.ast;

import java.util.List;

/** Database statements (tdengine-sql.md §3). */
public sealed interface DatabaseStatement extends Statement {
    /**
     * One database option with its raw literal values: {@code keep 1d,2d,3d} is {@code ("keep", [1d, 2d, 3d])},
     * {@code keep 3650} is {@code ("keep", [3650])}, {@code precision 'us'} is {@code ("precision", ['us'])},
     * {@code wal_retention_period -1} is {@code ("wal_retention_period", [-1])}. Retentions are
     * {@code ("retentions", [1s, 10d, ...])} in pairs (a {@code -} pair member is {@code NullLiteral}).
     *
     * @param name the option keyword in lower case
     */
    record DbOption(String name, List<Expr> values) {
        public DbOption {
            values = List.copyOf(values);
        }
    }

    record CreateDatabase(Span span, boolean ifNotExists, String name, List<DbOption> options)
            implements DatabaseStatement {
        public CreateDatabase {
            options = List.copyOf(options);
        }
    }

    /** {@code ALTER DATABASE db option ...}: only the alterable options parse (PRECISION, VGROUPS do not). */
    record AlterDatabase(Span span, String name, List<DbOption> options) implements DatabaseStatement {
        public AlterDatabase {
            options = List.copyOf(options);
        }
    }

    record DropDatabase(Span span, boolean ifExists, String name, boolean force) implements DatabaseStatement {
    }

    record UseDatabase(Span span, String name) implements DatabaseStatement {
    }

    record FlushDatabase(Span span, String name) implements DatabaseStatement {
    }

    /** {@code TRIM DATABASE db [BWLIMIT n]}; bwlimit nullable. */
    record TrimDatabase(Span span, String name, Long bwlimit) implements DatabaseStatement {
    }

    /** {@code COMPACT DATABASE db [START WITH x] [END WITH y]}; start and end nullable. */
    record CompactDatabase(Span span, String name, Expr start, Expr end) implements DatabaseStatement {
    }
}
