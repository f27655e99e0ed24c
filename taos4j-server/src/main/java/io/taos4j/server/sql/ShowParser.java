package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.SelectItem;
import io.taos4j.server.sql.ast.ShowStatement;
import io.taos4j.server.sql.ast.ShowStatement.ShowKind;
import io.taos4j.server.sql.ast.ShowStatement.ShowSimple;
import io.taos4j.server.sql.ast.Span;
import io.taos4j.server.sql.ast.Statement;
import io.taos4j.server.sql.ast.TableName;
import java.util.ArrayList;
import java.util.List;

/** SHOW statements (tdengine-sql.md §11, §12.1). */
final class ShowParser {
    private final QueryParser p;
    private final int start;

    private ShowParser(QueryParser p, int start) {
        this.p = p;
        this.start = start;
    }

    /** Parses the rest of a SHOW statement; the cursor is after {@code SHOW}. */
    static Statement parse(QueryParser p, int start) {
        return new ShowParser(p, start).show();
    }

    private Span span() {
        return p.spanFrom(start);
    }

    private Statement simple(ShowKind kind) {
        p.pos++;
        return new ShowSimple(span(), kind, null, null);
    }

    private Statement show() {
        TokenType t = p.peek();
        switch (t) {
            case DATABASES -> {
                p.pos++;
                return new ShowStatement.ShowDatabases(span(), ShowStatement.DatabaseKind.ALL);
            }
            case SYSTEM -> {
                p.pos++;
                p.expect(TokenType.DATABASES);
                return new ShowStatement.ShowDatabases(span(), ShowStatement.DatabaseKind.SYSTEM);
            }
            case USER -> {
                p.pos++;
                if (p.accept(TokenType.PRIVILEGES)) {
                    return new ShowSimple(span(), ShowKind.USER_PRIVILEGES, null, null);
                }
                p.expect(TokenType.DATABASES);
                return new ShowStatement.ShowDatabases(span(), ShowStatement.DatabaseKind.USER);
            }
            case NORMAL, CHILD -> {
                p.pos++;
                ShowStatement.TableKind kind = t == TokenType.NORMAL ? ShowStatement.TableKind.NORMAL
                        : ShowStatement.TableKind.CHILD;
                String db = dbPrefix();
                p.expect(TokenType.TABLES);
                return new ShowStatement.ShowTables(span(), db, like(), kind);
            }
            case USERS -> {
                p.pos++;
                return new ShowSimple(span(), p.accept(TokenType.FULL) ? ShowKind.USERS_FULL : ShowKind.USERS,
                        null, null);
            }
            case CLUSTER -> {
                p.pos++;
                if (p.accept(TokenType.VARIABLES)) {
                    return new ShowStatement.ShowVariables(span(), ShowStatement.VariablesScope.CLUSTER, like(),
                            null);
                }
                ShowKind kind = p.accept(TokenType.ALIVE) ? ShowKind.CLUSTER_ALIVE
                        : p.accept(TokenType.MACHINES) ? ShowKind.CLUSTER_MACHINES : ShowKind.CLUSTER;
                return new ShowSimple(span(), kind, null, null);
            }
            case LOCAL -> {
                p.pos++;
                p.expect(TokenType.VARIABLES);
                return new ShowStatement.ShowVariables(span(), ShowStatement.VariablesScope.LOCAL, like(), null);
            }
            case VARIABLES -> {
                p.pos++;
                return new ShowStatement.ShowVariables(span(), ShowStatement.VariablesScope.CLUSTER, like(), null);
            }
            case DNODE -> {
                p.pos++;
                long dnode = p.integer();
                p.expect(TokenType.VARIABLES);
                return new ShowStatement.ShowVariables(span(), ShowStatement.VariablesScope.DNODE, like(), dnode);
            }
            case GRANTS -> {
                p.pos++;
                ShowKind kind = p.accept(TokenType.FULL) ? ShowKind.GRANTS_FULL
                        : p.accept(TokenType.LOGS) ? ShowKind.GRANTS_LOGS : ShowKind.GRANTS;
                return new ShowSimple(span(), kind, null, null);
            }
            case VNODES -> {
                p.pos++;
                if (p.at(TokenType.ON)) {
                    return AdminParser.skipRest(p, start, "SHOW VNODES ON DNODE");
                }
                return new ShowSimple(span(), ShowKind.VNODES, null, null);
            }
            case COMPACT -> {
                return AdminParser.skipRest(p, start, "SHOW COMPACT");
            }
            case INDEXES -> {
                p.pos++;
                p.expect(TokenType.FROM);
                return new ShowSimple(span(), ShowKind.INDEXES, null, tableFromDb());
            }
            case TAGS -> {
                p.pos++;
                p.expect(TokenType.FROM);
                return new ShowStatement.ShowTags(span(), tableFromDb());
            }
            case TABLE -> {
                p.pos++;
                if (p.accept(TokenType.DISTRIBUTED)) {
                    return new ShowSimple(span(), ShowKind.TABLE_DISTRIBUTED, null, p.tableName());
                }
                p.expect(TokenType.TAGS);
                return tableTags();
            }
            case CREATE -> {
                return showCreate();
            }
            default -> {
                ShowKind kind = simpleKind(t);
                if (kind != null) {
                    return simple(kind);
                }
                return dbScoped();
            }
        }
    }

    private static ShowKind simpleKind(TokenType t) {
        return switch (t) {
            case TOPICS -> ShowKind.TOPICS;
            case CONSUMERS -> ShowKind.CONSUMERS;
            case SUBSCRIPTIONS -> ShowKind.SUBSCRIPTIONS;
            case CONNECTIONS -> ShowKind.CONNECTIONS;
            case QUERIES -> ShowKind.QUERIES;
            case APPS -> ShowKind.APPS;
            case TRANSACTIONS -> ShowKind.TRANSACTIONS;
            case DNODES -> ShowKind.DNODES;
            case MNODES -> ShowKind.MNODES;
            case QNODES -> ShowKind.QNODES;
            case SNODES -> ShowKind.SNODES;
            case BNODES -> ShowKind.BNODES;
            case ANODES -> ShowKind.ANODES;
            case LICENCES -> ShowKind.LICENCES;
            case FUNCTIONS -> ShowKind.FUNCTIONS;
            case COMPACTS -> ShowKind.COMPACTS;
            case SCORES -> ShowKind.SCORES;
            case ENCRYPTIONS -> ShowKind.ENCRYPTIONS;
            case DISK_INFO -> ShowKind.DISK_INFO;
            default -> null;
        };
    }

    /** {@code [db.]TABLES|STABLES|VIEWS|VGROUPS|STREAMS|TSMAS|ALIVE ...}. */
    private Statement dbScoped() {
        String db = dbPrefix();
        TokenType t = p.peek();
        p.pos++;
        return switch (t) {
            case TABLES -> new ShowStatement.ShowTables(span(), db, like(), ShowStatement.TableKind.ALL);
            case STABLES -> new ShowStatement.ShowStables(span(), db, like());
            case VIEWS -> new ShowStatement.ShowViews(span(), db, like());
            case VGROUPS -> new ShowSimple(span(), ShowKind.VGROUPS, db, null);
            case STREAMS -> new ShowSimple(span(), ShowKind.STREAMS, db, null);
            case TSMAS -> new ShowSimple(span(), ShowKind.TSMAS, db, null);
            case ALIVE -> new ShowSimple(span(), ShowKind.DB_ALIVE, db, null);
            default -> throw p.errorAt(p.pos - 1);
        };
    }

    /** {@code db.} before TABLES and friends; null when absent. */
    private String dbPrefix() {
        if (p.atName() && p.peek(1) == TokenType.DOT) {
            String db = p.dbName();
            p.pos++;
            return db;
        }
        return null;
    }

    private Expr like() {
        return p.accept(TokenType.LIKE) ? p.stringLiteral() : null;
    }

    /** {@code table [FROM db]} or {@code db.table}. */
    private TableName tableFromDb() {
        int begin = p.here();
        TableName name = p.tableName();
        if (name.db() == null && p.accept(TokenType.FROM)) {
            String db = p.dbName();
            return new TableName(p.spanFrom(begin), db, name.name());
        }
        return name;
    }

    /** After {@code SHOW TABLE TAGS}: {@code [item, ...] FROM table [FROM db]}. */
    private Statement tableTags() {
        List<SelectItem> items = new ArrayList<>();
        if (!p.at(TokenType.FROM)) {
            do {
                int itemStart = p.here();
                int token = p.pos;
                Expr e;
                if (p.at(TokenType.TBNAME) || p.at(TokenType._TAGS)) {
                    p.pos++;
                    e = new Expr.PseudoColumn(p.tokenSpan(token), null, p.typeAt(token).text());
                } else {
                    String name = p.name(ParserBase.MAX_COLUMN_NAME);
                    e = new Expr.ColumnRef(p.tokenSpan(token), null, name);
                }
                String alias = e instanceof Expr.PseudoColumn ? null : p.optionalAlias();
                items.add(new SelectItem(p.spanFrom(itemStart), e, alias));
            } while (p.accept(TokenType.COMMA));
        }
        p.expect(TokenType.FROM);
        return new ShowStatement.ShowTableTags(span(), items, tableFromDb());
    }

    private Statement showCreate() {
        p.pos++;
        TokenType t = p.peek();
        switch (t) {
            case DATABASE -> {
                p.pos++;
                String db = p.dbName();
                return new ShowStatement.ShowCreate(span(), ShowStatement.CreateKind.DATABASE, db, null);
            }
            case TABLE, STABLE, VIEW -> {
                p.pos++;
                TableName name = p.tableName();
                ShowStatement.CreateKind kind = t == TokenType.TABLE ? ShowStatement.CreateKind.TABLE
                        : t == TokenType.STABLE ? ShowStatement.CreateKind.STABLE : ShowStatement.CreateKind.VIEW;
                return new ShowStatement.ShowCreate(span(), kind, null, name);
            }
            default -> {
                if (t == TokenType.VTABLE || t == TokenType.TSMA || t == TokenType.STREAM) {
                    return AdminParser.skipRest(p, start, "SHOW CREATE " + t.name());
                }
                throw p.error();
            }
        }
    }
}
