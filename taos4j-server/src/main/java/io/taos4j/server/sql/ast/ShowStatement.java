package io.taos4j.server.sql.ast;

import java.util.List;

/** SHOW statements (tdengine-sql.md §11, §12.1). LIKE patterns are {@link Expr.StringLiteral}s, nullable. */
public sealed interface ShowStatement extends Statement {
    enum DatabaseKind { ALL, USER, SYSTEM }

    /** {@code SHOW [USER|SYSTEM] DATABASES}. */
    record ShowDatabases(Span span, DatabaseKind kind) implements ShowStatement {
    }

    enum TableKind { ALL, NORMAL, CHILD }

    /** {@code SHOW [NORMAL|CHILD] [db.]TABLES [LIKE 'p']}; db nullable. */
    record ShowTables(Span span, String db, Expr like, TableKind kind) implements ShowStatement {
    }

    /** {@code SHOW [db.]STABLES [LIKE 'p']}. */
    record ShowStables(Span span, String db, Expr like) implements ShowStatement {
    }

    /** {@code SHOW [db.]VIEWS [LIKE 'p']}. */
    record ShowViews(Span span, String db, Expr like) implements ShowStatement {
    }

    enum CreateKind { DATABASE, TABLE, STABLE, VIEW }

    /** {@code SHOW CREATE DATABASE db} (db set, table null) or {@code SHOW CREATE TABLE|STABLE|VIEW name}. */
    record ShowCreate(Span span, CreateKind kind, String db, TableName table) implements ShowStatement {
    }

    /** {@code SHOW TAGS FROM child [FROM db]} and {@code SHOW TAGS FROM db.child}. */
    record ShowTags(Span span, TableName table) implements ShowStatement {
    }

    /**
     * {@code SHOW TABLE TAGS [item, ...] FROM stable [FROM db]}: items are {@code tbname}, {@code _tags} or tag
     * names with optional aliases; empty when no list is given.
     */
    record ShowTableTags(Span span, List<SelectItem> items, TableName stable) implements ShowStatement {
        public ShowTableTags {
            items = List.copyOf(items);
        }
    }

    enum VariablesScope { CLUSTER, LOCAL, DNODE }

    /**
     * {@code SHOW [CLUSTER|LOCAL] VARIABLES [LIKE 'p']} or {@code SHOW DNODE n VARIABLES [LIKE 'p']};
     * {@code SHOW VARIABLES} is CLUSTER scope. dnode is null unless the scope is DNODE.
     */
    record ShowVariables(Span span, VariablesScope scope, Expr like, Long dnode) implements ShowStatement {
    }

    /** The SHOW forms without further structure. */
    enum ShowKind {
        USERS, USERS_FULL, USER_PRIVILEGES, TOPICS, CONSUMERS, SUBSCRIPTIONS, CONNECTIONS, QUERIES, APPS,
        TRANSACTIONS, DNODES, MNODES, QNODES, SNODES, BNODES, ANODES, VGROUPS, VNODES, CLUSTER, CLUSTER_ALIVE,
        CLUSTER_MACHINES, DB_ALIVE, GRANTS, GRANTS_FULL, GRANTS_LOGS, LICENCES, FUNCTIONS, STREAMS, INDEXES,
        TABLE_DISTRIBUTED, COMPACTS, SCORES, ENCRYPTIONS, TSMAS, DISK_INFO
    }

    /**
     * A simple SHOW: {@code db} is set for {@code SHOW db.VGROUPS}, {@code SHOW db.ALIVE}, {@code SHOW db.STREAMS},
     * {@code SHOW db.TSMAS} (null without the prefix: the current database; {@code SHOW ALIVE} is DB_ALIVE with db
     * null); {@code table} for {@code SHOW INDEXES FROM t [FROM db]} and {@code SHOW TABLE DISTRIBUTED t}. Both
     * nullable.
     */
    record ShowSimple(Span span, ShowKind kind, String db, TableName table) implements ShowStatement {
    }
}
