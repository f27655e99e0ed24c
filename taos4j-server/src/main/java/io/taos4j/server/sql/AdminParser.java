package io.taos4j.server.sql;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.sql.ast.AdminStatement;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.Statement;
import io.taos4j.server.sql.ast.TableName;
import io.taos4j.server.sql.ast.TopicStatement;
import io.taos4j.server.sql.ast.TopicStatement.TopicKind;
import io.taos4j.server.sql.ast.TopicStatement.TopicMeta;
import io.taos4j.server.sql.ast.UserStatement;
import io.taos4j.server.sql.ast.UserStatement.PrivilegeLevel;
import io.taos4j.server.sql.ast.UserStatement.UserOption;
import java.util.ArrayList;
import java.util.List;

/** Topics, users and privileges, EXPLAIN, ALTER LOCAL, KILL, and skipping statements the server does not model. */
abstract class AdminParser extends DdlParser {
    AdminParser(String folded) {
        super(folded);
    }

    /**
     * Consumes the rest of the statement (at least one more token) and returns {@link AdminStatement.Unsupported}.
     * The statement ends at the first {@code ;} outside quotes and comments (the lexer already stopped there); an
     * unknown character still fails as in TDengine. The tokens in between are not checked.
     */
    static Statement skipRest(ParserBase p, int start, String what) {
        if (p.at(TokenType.EOF)) {
            throw p.error();
        }
        while (!p.at(TokenType.EOF)) {
            if (p.at(TokenType.ILLEGAL)) {
                throw p.error();
            }
            p.pos++;
        }
        return new AdminStatement.Unsupported(p.spanFrom(start), what);
    }

    // ---- topics ------------------------------------------------------------------------------------------------

    /** After {@code CREATE TOPIC}. */
    final Statement createTopic(int start) {
        boolean ifNotExists = ifNotExists();
        String name = name(MAX_TOPIC_NAME);
        TopicMeta meta = TopicMeta.NONE;
        if (accept(TokenType.WITH)) {
            expect(TokenType.META);
            meta = TopicMeta.WITH;
        } else if (accept(TokenType.ONLY)) {
            expect(TokenType.META);
            meta = TopicMeta.ONLY;
        }
        expect(TokenType.AS);
        if (accept(TokenType.DATABASE)) {
            String db = dbName();
            return new TopicStatement.CreateTopic(spanFrom(start), ifNotExists, name, TopicKind.DATABASE, meta, null,
                    db, null, null);
        }
        if (accept(TokenType.STABLE)) {
            TableName stable = tableName();
            Expr where = accept(TokenType.WHERE) ? condition() : null;
            return new TopicStatement.CreateTopic(spanFrom(start), ifNotExists, name, TopicKind.STABLE, meta, null,
                    null, stable, where);
        }
        if (meta != TopicMeta.NONE) {
            throw error();
        }
        Query query = query();
        return new TopicStatement.CreateTopic(spanFrom(start), ifNotExists, name, TopicKind.QUERY, meta, query, null,
                null, null);
    }

    /** After {@code DROP TOPIC}. */
    final Statement dropTopic(int start) {
        boolean ifExists = ifExists();
        boolean force = accept(TokenType.FORCE);
        String name = name(MAX_TOPIC_NAME);
        return new TopicStatement.DropTopic(spanFrom(start), ifExists, force, name);
    }

    /** After {@code DROP CONSUMER}. */
    final Statement dropConsumerGroup(int start) {
        expect(TokenType.GROUP);
        boolean ifExists = ifExists();
        boolean force = accept(TokenType.FORCE);
        String group = name(MAX_CGROUP_NAME);
        expect(TokenType.ON);
        String topic = name(MAX_TOPIC_NAME);
        return new TopicStatement.DropConsumerGroup(spanFrom(start), ifExists, force, group, topic);
    }

    // ---- users -------------------------------------------------------------------------------------------------

    private String userName() {
        if (!atName()) {
            throw error();
        }
        int token = pos++;
        String name = nameOf(token);
        if (SqlText.utf8Length(name) > MAX_USER_NAME) {
            throw SqlError.of(TaosError.PAR_NAME_OR_PASSWD_TOO_LONG);
        }
        return name;
    }

    /** After {@code CREATE USER}. */
    final Statement createUser(int start) {
        boolean ifNotExists = ifNotExists();
        String name = userName();
        expect(TokenType.PASS);
        String password = string();
        List<UserOption> options = new ArrayList<>();
        while (true) {
            TokenType t = peek();
            if (t == TokenType.SYSINFO || t == TokenType.CREATEDB || t == TokenType.IS_IMPORT) {
                pos++;
                int token = expect(TokenType.INTEGER_LITERAL);
                options.add(new UserOption(t.text(), List.of(intLiteral(tokenSpan(token), token, false))));
            } else if (t == TokenType.HOST) {
                pos++;
                options.add(new UserOption("host", hosts()));
            } else {
                break;
            }
        }
        return new UserStatement.CreateUser(spanFrom(start), ifNotExists, name, password, options);
    }

    private List<Expr> hosts() {
        List<Expr> hosts = new ArrayList<>();
        do {
            hosts.add(stringLiteral());
        } while (accept(TokenType.COMMA));
        return hosts;
    }

    /** After {@code ALTER USER}. */
    final Statement alterUser(int start) {
        String name = userName();
        TokenType t = peek();
        UserOption option = switch (t) {
            case PASS -> {
                pos++;
                yield new UserOption("pass", List.of(stringLiteral()));
            }
            case ENABLE, SYSINFO, CREATEDB -> {
                pos++;
                int token = expect(TokenType.INTEGER_LITERAL);
                yield new UserOption(t.text(), List.of(intLiteral(tokenSpan(token), token, false)));
            }
            case ADD, DROP -> {
                pos++;
                expect(TokenType.HOST);
                yield new UserOption(t.text() + " host", hosts());
            }
            default -> throw error();
        };
        return new UserStatement.AlterUser(spanFrom(start), name, List.of(option));
    }

    /** After {@code DROP USER}. */
    final Statement dropUser(int start) {
        boolean ifExists = ifExists();
        return new UserStatement.DropUser(spanFrom(start), ifExists, userName());
    }

    /** After {@code GRANT} or {@code REVOKE}. */
    final Statement grant(int start, boolean revoke) {
        List<String> privileges = new ArrayList<>();
        if (at(TokenType.ALL) || at(TokenType.SUBSCRIBE)) {
            privileges.add(peek().text());
            pos++;
        } else {
            do {
                TokenType t = peek();
                if (t != TokenType.READ && t != TokenType.WRITE && t != TokenType.ALTER) {
                    throw error();
                }
                privileges.add(t.text());
                pos++;
            } while (accept(TokenType.COMMA));
        }
        expect(TokenType.ON);
        PrivilegeLevel level;
        if (accept(TokenType.STAR)) {
            expect(TokenType.DOT);
            expect(TokenType.STAR);
            level = new PrivilegeLevel("*", "*");
        } else if (atName() && peek(1) == TokenType.DOT) {
            String db = dbName();
            pos++;
            level = new PrivilegeLevel(db, accept(TokenType.STAR) ? "*" : name(MAX_TABLE_NAME));
        } else {
            level = new PrivilegeLevel(null, name(MAX_TOPIC_NAME));
        }
        Expr condition = accept(TokenType.WITH) ? condition() : null;
        expect(revoke ? TokenType.FROM : TokenType.TO);
        String user = userName();
        return revoke
                ? new UserStatement.Revoke(spanFrom(start), privileges, level, condition, user)
                : new UserStatement.Grant(spanFrom(start), privileges, level, condition, user);
    }

    // ---- miscellaneous -----------------------------------------------------------------------------------------

    /** After {@code EXPLAIN}. */
    final Statement explain(int start) {
        boolean analyze = accept(TokenType.ANALYZE);
        boolean verbose = false;
        Double ratio = null;
        while (true) {
            if (accept(TokenType.VERBOSE)) {
                int token = expect(TokenType.BOOL_LITERAL);
                verbose = text.charAt(lx.start(token)) == 't';
            } else if (accept(TokenType.RATIO)) {
                int token = expect(TokenType.FLOAT_LITERAL);
                ratio = Double.parseDouble(tokenText(token));
            } else {
                break;
            }
        }
        Statement target = at(TokenType.INSERT) ? insertQuery(here()) : query();
        return new AdminStatement.Explain(spanFrom(start), analyze, verbose, ratio, target);
    }

    /** After {@code ALTER LOCAL}. */
    final Statement alterLocal(int start) {
        String key = string();
        String value = at(TokenType.STRING) ? string() : null;
        return new AdminStatement.AlterLocal(spanFrom(start), key, value);
    }

    /** After {@code KILL}. */
    final Statement kill(int start) {
        TokenType t = peek();
        pos++;
        return switch (t) {
            case QUERY -> new AdminStatement.KillQuery(spanFrom(start), string());
            case CONNECTION -> {
                long id = integer();
                yield new AdminStatement.KillConnection(spanFrom(start), id);
            }
            case TRANSACTION -> {
                long id = integer();
                yield new AdminStatement.KillTransaction(spanFrom(start), id);
            }
            case COMPACT -> {
                integer();
                yield new AdminStatement.Unsupported(spanFrom(start), "KILL COMPACT");
            }
            default -> throw errorAt(pos - 1);
        };
    }
}
