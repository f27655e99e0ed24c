package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.AdminStatement;
import io.taos4j.server.sql.ast.DatabaseStatement;
import io.taos4j.server.sql.ast.Statement;
import io.taos4j.server.sql.ast.TableStatement;

/**
 * The SQL parser of the embedded server: TDengine 3.3's dialect, hand-written recursive descent over
 * {@link Lexer}'s tokens.
 *
 * <p>Only the first statement of the text is parsed; a {@code ;} ends it and the rest is ignored (tdengine-sql.md
 * §1.4). The text is case-folded first ({@link SqlText#fold}); names, labels and error messages come from the
 * folded text. Stateless entry point, thread-safe; each call allocates its own parser.
 */
public final class Parser extends AdminParser {
    private Parser(String folded) {
        super(folded);
    }

    /**
     * Parses the first statement of {@code sql}.
     *
     * @throws SqlError                 with TDengine's code and message for syntax errors (0x2600), incomplete
     *                                  statements (0x2601, also for empty or comment-only text), bad names (0x2617,
     *                                  0x2610)
     * @throws IllegalArgumentException for {@code INSERT}/{@code IMPORT} forms other than
     *                                  {@code INSERT INTO t [(cols)] <query>}: those belong to the insert parser
     */
    public static ParsedSql parse(String sql) {
        String folded = SqlText.fold(sql);
        Parser parser = new Parser(folded);
        Statement statement = parser.statement();
        return new ParsedSql(sql, folded, statement, parser.lx.placeholderCount());
    }

    private Statement statement() {
        Statement s = dispatch();
        if (!at(TokenType.EOF)) {
            throw error();
        }
        return s;
    }

    private Statement dispatch() {
        int start = here();
        TokenType t = peek();
        switch (t) {
            case SELECT, LP -> {
                return query();
            }
            case CREATE -> {
                pos++;
                return create(start);
            }
            case DROP -> {
                pos++;
                return drop(start);
            }
            case ALTER -> {
                pos++;
                return alter(start);
            }
            case USE -> {
                pos++;
                return new DatabaseStatement.UseDatabase(spanFrom(start), dbName());
            }
            case SHOW -> {
                pos++;
                return ShowParser.parse(this, start);
            }
            case DESC, DESCRIBE -> {
                pos++;
                return describe(start);
            }
            case DELETE -> {
                pos++;
                return delete(start);
            }
            case INSERT -> {
                return insertQuery(start);
            }
            case IMPORT -> throw new IllegalArgumentException("INSERT ... VALUES is parsed by the insert parser");
            case EXPLAIN -> {
                pos++;
                return explain(start);
            }
            case RESET -> {
                pos++;
                expect(TokenType.QUERY);
                expect(TokenType.CACHE);
                return new AdminStatement.ResetQueryCache(spanFrom(start));
            }
            case KILL -> {
                pos++;
                return kill(start);
            }
            case FLUSH, TRIM, COMPACT -> {
                pos++;
                if (t == TokenType.COMPACT && !at(TokenType.DATABASE)) {
                    return skipRest(this, start, "COMPACT");
                }
                expect(TokenType.DATABASE);
                return databaseCommand(start, t);
            }
            case GRANT, REVOKE -> {
                pos++;
                return grant(start, t == TokenType.REVOKE);
            }
            case BALANCE, MERGE, REDISTRIBUTE, SPLIT, RESTORE, ASSIGN -> {
                pos++;
                return skipRest(this, start, t.name() + (at(TokenType.EOF) ? "" : " " + peek().name()));
            }
            default -> throw error();
        }
    }

    private Statement create(int start) {
        TokenType t = peek();
        pos++;
        return switch (t) {
            case DATABASE -> createDatabase(start);
            case TABLE -> createTable(start, false);
            case STABLE -> createTable(start, true);
            case TOPIC -> createTopic(start);
            case USER -> createUser(start);
            case DNODE, QNODE, MNODE, SNODE, BNODE, ANODE, STREAM, VIEW, INDEX, SMA, TSMA, RECURSIVE, FUNCTION,
                 AGGREGATE, VTABLE, VIRTUAL, ENCRYPT_KEY -> skipRest(this, start, "CREATE " + t.name());
            case OR -> {
                expect(TokenType.REPLACE);
                yield skipRest(this, start, "CREATE OR REPLACE " + peek().name());
            }
            default -> throw errorAt(pos - 1);
        };
    }

    private Statement drop(int start) {
        TokenType t = peek();
        pos++;
        return switch (t) {
            case DATABASE -> {
                boolean ifExists = ifExists();
                String name = dbName();
                boolean force = accept(TokenType.FORCE);
                yield new DatabaseStatement.DropDatabase(spanFrom(start), ifExists, name, force);
            }
            case TABLE -> dropTable(start);
            case STABLE -> {
                boolean ifExists = ifExists();
                yield new TableStatement.DropStable(spanFrom(start), ifExists, tableName());
            }
            case TOPIC -> dropTopic(start);
            case CONSUMER -> dropConsumerGroup(start);
            case USER -> dropUser(start);
            case DNODE, QNODE, MNODE, SNODE, BNODE, ANODE, STREAM, VIEW, INDEX, TSMA, RECURSIVE, FUNCTION, VTABLE ->
                    skipRest(this, start, "DROP " + t.name());
            default -> throw errorAt(pos - 1);
        };
    }

    private Statement alter(int start) {
        TokenType t = peek();
        pos++;
        return switch (t) {
            case DATABASE -> alterDatabase(start);
            case TABLE -> alterTable(start, false);
            case STABLE -> alterTable(start, true);
            case USER -> alterUser(start);
            case LOCAL -> alterLocal(start);
            case DNODE, ALL, CLUSTER, MNODE, ANODE, VTABLE, STREAM -> skipRest(this, start, "ALTER " + t.name());
            default -> throw errorAt(pos - 1);
        };
    }
}
