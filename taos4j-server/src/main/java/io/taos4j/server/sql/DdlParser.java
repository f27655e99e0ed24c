package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.DatabaseStatement;
import io.taos4j.server.sql.ast.DatabaseStatement.DbOption;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Statement;
import io.taos4j.server.sql.ast.TableName;
import io.taos4j.server.sql.ast.TableStatement;
import io.taos4j.server.sql.ast.TableStatement.AlterAction;
import io.taos4j.server.sql.ast.TableStatement.ChildTableDef;
import io.taos4j.server.sql.ast.TableStatement.ColumnDef;
import io.taos4j.server.sql.ast.TableStatement.TableOption;
import io.taos4j.server.sql.ast.TableStatement.TagAssignment;
import io.taos4j.server.sql.ast.TypeSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Database and table DDL (tdengine-sql.md §3, §4). */
abstract class DdlParser extends QueryParser {
    /** How a database option's value is written. */
    private enum OptionValue { INT, SIGNED_INT, STRING, INT_OR_DURATION, LIST, SIGNED_LIST, RETENTIONS }

    private static final Map<TokenType, OptionValue> DB_OPTIONS = new EnumMap<>(TokenType.class);
    private static final Set<TokenType> ALTERABLE_DB_OPTIONS = EnumSet.of(TokenType.BUFFER, TokenType.CACHEMODEL,
            TokenType.CACHESIZE, TokenType.WAL_FSYNC_PERIOD, TokenType.KEEP, TokenType.PAGES, TokenType.REPLICA,
            TokenType.REPLICAS, TokenType.WAL_LEVEL, TokenType.STT_TRIGGER, TokenType.MINROWS,
            TokenType.WAL_RETENTION_PERIOD, TokenType.WAL_RETENTION_SIZE, TokenType.KEEP_TIME_OFFSET,
            TokenType.SS_KEEPLOCAL, TokenType.SS_COMPACT, TokenType.COMPACT_INTERVAL, TokenType.COMPACT_TIME_RANGE,
            TokenType.COMPACT_TIME_OFFSET);

    static {
        for (TokenType t : List.of(TokenType.BUFFER, TokenType.CACHESIZE, TokenType.COMP, TokenType.MAXROWS,
                TokenType.MINROWS, TokenType.PAGES, TokenType.PAGESIZE, TokenType.TSDB_PAGESIZE, TokenType.REPLICA,
                TokenType.REPLICAS, TokenType.VGROUPS, TokenType.SINGLE_STABLE, TokenType.SCHEMALESS,
                TokenType.WAL_LEVEL, TokenType.WAL_FSYNC_PERIOD, TokenType.WAL_ROLL_PERIOD,
                TokenType.WAL_SEGMENT_SIZE, TokenType.STT_TRIGGER, TokenType.SS_CHUNKPAGES, TokenType.SS_COMPACT)) {
            DB_OPTIONS.put(t, OptionValue.INT);
        }
        for (TokenType t : List.of(TokenType.WAL_RETENTION_PERIOD, TokenType.WAL_RETENTION_SIZE,
                TokenType.TABLE_PREFIX, TokenType.TABLE_SUFFIX)) {
            DB_OPTIONS.put(t, OptionValue.SIGNED_INT);
        }
        for (TokenType t : List.of(TokenType.CACHEMODEL, TokenType.PRECISION, TokenType.ENCRYPT_ALGORITHM,
                TokenType.DNODES)) {
            DB_OPTIONS.put(t, OptionValue.STRING);
        }
        for (TokenType t : List.of(TokenType.DURATION, TokenType.KEEP_TIME_OFFSET, TokenType.SS_KEEPLOCAL,
                TokenType.COMPACT_INTERVAL, TokenType.COMPACT_TIME_OFFSET)) {
            DB_OPTIONS.put(t, OptionValue.INT_OR_DURATION);
        }
        DB_OPTIONS.put(TokenType.KEEP, OptionValue.LIST);
        DB_OPTIONS.put(TokenType.COMPACT_TIME_RANGE, OptionValue.SIGNED_LIST);
        DB_OPTIONS.put(TokenType.RETENTIONS, OptionValue.RETENTIONS);
    }

    DdlParser(String folded) {
        super(folded);
    }

    // ---- databases ---------------------------------------------------------------------------------------------

    /** After {@code CREATE DATABASE}. */
    final Statement createDatabase(int start) {
        boolean ifNotExists = ifNotExists();
        String name = dbName();
        List<DbOption> options = new ArrayList<>();
        while (DB_OPTIONS.containsKey(peek())) {
            options.add(dbOption());
        }
        return new DatabaseStatement.CreateDatabase(spanFrom(start), ifNotExists, name, options);
    }

    /** After {@code ALTER DATABASE}. */
    final Statement alterDatabase(int start) {
        String name = dbName();
        List<DbOption> options = new ArrayList<>();
        do {
            if (!ALTERABLE_DB_OPTIONS.contains(peek())) {
                throw error();
            }
            options.add(dbOption());
        } while (ALTERABLE_DB_OPTIONS.contains(peek()));
        return new DatabaseStatement.AlterDatabase(spanFrom(start), name, options);
    }

    private DbOption dbOption() {
        TokenType option = peek();
        pos++;
        List<Expr> values = new ArrayList<>();
        switch (DB_OPTIONS.get(option)) {
            case INT -> values.add(integerLiteral(false));
            case SIGNED_INT -> values.add(integerLiteral(true));
            case STRING -> values.add(stringLiteral());
            case INT_OR_DURATION -> values.add(integerOrDuration(false));
            case LIST, SIGNED_LIST -> {
                boolean signed = DB_OPTIONS.get(option) == OptionValue.SIGNED_LIST;
                do {
                    values.add(integerOrDuration(signed));
                } while (accept(TokenType.COMMA));
            }
            case RETENTIONS -> {
                do {
                    if (at(TokenType.MINUS)) {
                        values.add(new Expr.NullLiteral(tokenSpan(pos++)));
                    } else {
                        values.add(duration());
                    }
                    expect(TokenType.COLON);
                    values.add(duration());
                } while (accept(TokenType.COMMA));
            }
        }
        return new DbOption(option.text(), values);
    }

    private Expr integerLiteral(boolean signed) {
        int start = here();
        boolean negative = signed && accept(TokenType.MINUS);
        int token = expect(TokenType.INTEGER_LITERAL);
        return intLiteral(spanFrom(start), token, negative);
    }

    private Expr integerOrDuration(boolean signed) {
        int start = here();
        if (signed && at(TokenType.MINUS) && peek(1) == TokenType.DURATION_LITERAL) {
            pos++;
            Expr.DurationLiteral d = duration();
            return new Expr.Unary(spanFrom(start), Expr.UnaryOp.NEG, d);
        }
        if (at(TokenType.DURATION_LITERAL)) {
            return duration();
        }
        return integerLiteral(signed);
    }

    /** After {@code FLUSH|TRIM|COMPACT DATABASE}. */
    final Statement databaseCommand(int start, TokenType command) {
        String name = dbName();
        return switch (command) {
            case FLUSH -> new DatabaseStatement.FlushDatabase(spanFrom(start), name);
            case TRIM -> {
                Long bwlimit = accept(TokenType.BWLIMIT) ? integer() : null;
                yield new DatabaseStatement.TrimDatabase(spanFrom(start), name, bwlimit);
            }
            default -> {
                Expr begin = accept(TokenType.START) ? timePoint() : null;
                Expr end = accept(TokenType.END) ? timePoint() : null;
                yield new DatabaseStatement.CompactDatabase(spanFrom(start), name, begin, end);
            }
        };
    }

    /** {@code WITH (integer | 'time' | TIMESTAMP 'time')}. */
    private Expr timePoint() {
        expect(TokenType.WITH);
        if (at(TokenType.INTEGER_LITERAL)) {
            int token = pos++;
            return intLiteral(tokenSpan(token), token, false);
        }
        if (at(TokenType.TIMESTAMP)) {
            int start = here();
            pos++;
            int token = expect(TokenType.STRING);
            return new Expr.TimestampLiteral(spanFrom(start), stringValue(token));
        }
        return stringLiteral();
    }

    // ---- tables ------------------------------------------------------------------------------------------------

    /** After {@code CREATE TABLE} or {@code CREATE STABLE}. */
    final Statement createTable(int start, boolean stable) {
        int clauseStart = here();
        boolean ifNotExists = ifNotExists();
        if (!stable && at(TokenType.USING)) {
            return AdminParser.skipRest(this, start, "CREATE TABLE USING FILE");
        }
        TableName name = newTableName();
        if (!stable && at(TokenType.USING)) {
            List<ChildTableDef> tables = new ArrayList<>();
            tables.add(childTable(clauseStart, ifNotExists, name));
            while (at(TokenType.IF) || atName()) {
                int next = here();
                boolean ine = ifNotExists();
                tables.add(childTable(next, ine, newTableName()));
            }
            return new TableStatement.CreateChildTables(spanFrom(start), tables);
        }
        expect(TokenType.LP);
        List<ColumnDef> columns = new ArrayList<>();
        do {
            columns.add(columnDef(true));
        } while (accept(TokenType.COMMA));
        expect(TokenType.RP);
        List<ColumnDef> tags = null;
        if (stable || at(TokenType.TAGS)) {
            expect(TokenType.TAGS);
            expect(TokenType.LP);
            tags = new ArrayList<>();
            do {
                tags.add(columnDef(false));
            } while (accept(TokenType.COMMA));
            expect(TokenType.RP);
        }
        List<TableOption> options = tableOptions(false);
        return new TableStatement.CreateTable(spanFrom(start), ifNotExists, name, columns, tags, stable, options);
    }

    /** {@code name USING stable [(tag, ...)] TAGS (value, ...) [options]}, the cursor on USING. */
    private ChildTableDef childTable(int start, boolean ifNotExists, TableName name) {
        expect(TokenType.USING);
        TableName stable = tableName();
        List<String> tagNames = null;
        if (accept(TokenType.LP)) {
            tagNames = new ArrayList<>();
            do {
                tagNames.add(name(MAX_COLUMN_NAME));
            } while (accept(TokenType.COMMA));
            expect(TokenType.RP);
        }
        expect(TokenType.TAGS);
        expect(TokenType.LP);
        List<Expr> values = new ArrayList<>();
        do {
            values.add(TagValues.parse(this));
        } while (accept(TokenType.COMMA));
        expect(TokenType.RP);
        List<TableOption> options = tableOptions(false);
        return new ChildTableDef(spanFrom(start), ifNotExists, name, stable, tagNames, values, options);
    }

    /**
     * {@code name type} plus, for data columns, {@code [PRIMARY KEY | COMPOSITE KEY] [ENCODE 'e'] [COMPRESS 'c']
     * [LEVEL 'l']}.
     */
    final ColumnDef columnDef(boolean withOptions) {
        int start = here();
        String name = name(MAX_COLUMN_NAME);
        TypeSpec type = Types.parse(this, false);
        boolean key = false;
        String[] compression = new String[3];
        while (withOptions) {
            if (at(TokenType.PRIMARY) || at(TokenType.COMPOSITE)) {
                pos++;
                expect(TokenType.KEY);
                key = true;
            } else if (!columnOption(compression)) {
                break;
            }
        }
        return new ColumnDef(spanFrom(start), name, type, key, compression[0], compression[1], compression[2]);
    }

    /** {@code encode|compress|level 'x'} into {@code out[0..2]}; false when the cursor is not on one. */
    private boolean columnOption(String[] out) {
        if (!at(TokenType.IDENTIFIER)) {
            return false;
        }
        int slot = switch (tokenText(pos)) {
            case "encode" -> 0;
            case "compress" -> 1;
            case "level" -> 2;
            default -> throw error();
        };
        pos++;
        out[slot] = string();
        return true;
    }

    /**
     * Table options: {@code COMMENT 'x'}, {@code TTL n}, {@code KEEP d}, and on creation also {@code SMA(cols)},
     * {@code ROLLUP(funcs)}, {@code MAX_DELAY d[, d]}, {@code WATERMARK d[, d]}.
     */
    private List<TableOption> tableOptions(boolean alter) {
        List<TableOption> options = new ArrayList<>();
        while (true) {
            TokenType t = peek();
            List<Expr> values = new ArrayList<>();
            switch (t) {
                case COMMENT -> {
                    pos++;
                    values.add(stringLiteral());
                }
                case TTL -> {
                    pos++;
                    values.add(integerLiteral(false));
                }
                case KEEP -> {
                    pos++;
                    values.add(integerOrDuration(false));
                }
                case SMA, ROLLUP -> {
                    if (alter) {
                        return options;
                    }
                    pos++;
                    expect(TokenType.LP);
                    do {
                        int token = pos;
                        String name = t == TokenType.ROLLUP && (at(TokenType.FIRST) || at(TokenType.LAST))
                                ? peek().text() : null;
                        if (name != null) {
                            pos++;
                        } else {
                            name = name(MAX_COLUMN_NAME);
                        }
                        values.add(new Expr.ColumnRef(tokenSpan(token), null, name));
                    } while (accept(TokenType.COMMA));
                    expect(TokenType.RP);
                }
                case MAX_DELAY, WATERMARK -> {
                    if (alter) {
                        return options;
                    }
                    pos++;
                    do {
                        values.add(duration());
                    } while (accept(TokenType.COMMA));
                }
                default -> {
                    return options;
                }
            }
            options.add(new TableOption(t.text(), values));
        }
    }

    /** After {@code DROP TABLE}: {@code [IF EXISTS] name [, [IF EXISTS] name ...]}. */
    final Statement dropTable(int start) {
        List<TableStatement.DropTarget> targets = new ArrayList<>();
        do {
            boolean ifExists = ifExists();
            targets.add(new TableStatement.DropTarget(ifExists, tableName()));
        } while (accept(TokenType.COMMA));
        return new TableStatement.DropTable(spanFrom(start), targets);
    }

    /** After {@code ALTER TABLE} or {@code ALTER STABLE}. */
    final Statement alterTable(int start, boolean stable) {
        TableName name = tableName();
        AlterAction action = switch (peek()) {
            case ADD -> {
                pos++;
                boolean tag = columnOrTag();
                yield new AlterAction.Add(columnDef(!tag), tag);
            }
            case DROP -> {
                pos++;
                boolean tag = columnOrTag();
                yield new AlterAction.Drop(name(MAX_COLUMN_NAME), tag);
            }
            case MODIFY -> modify();
            case RENAME -> {
                pos++;
                boolean tag = columnOrTag();
                String oldName = name(MAX_COLUMN_NAME);
                yield new AlterAction.Rename(oldName, name(MAX_COLUMN_NAME), tag);
            }
            case SET -> {
                pos++;
                expect(TokenType.TAG);
                List<TagAssignment> assignments = new ArrayList<>();
                do {
                    String tag = name(MAX_COLUMN_NAME);
                    expect(TokenType.EQ);
                    assignments.add(new TagAssignment(tag, TagValues.parse(this)));
                } while (accept(TokenType.COMMA));
                yield new AlterAction.SetTags(assignments);
            }
            case COMMENT, TTL, KEEP -> new AlterAction.SetOptions(tableOptions(true));
            default -> throw error();
        };
        return new TableStatement.AlterTable(spanFrom(start), name, stable, action);
    }

    private AlterAction modify() {
        pos++;
        boolean tag = columnOrTag();
        String name = name(MAX_COLUMN_NAME);
        if (!tag && at(TokenType.IDENTIFIER)) {
            String[] compression = new String[3];
            while (columnOption(compression)) {
                // all options read
            }
            return new AlterAction.ModifyOptions(name, compression[0], compression[1], compression[2]);
        }
        return new AlterAction.ModifyType(name, Types.parse(this, false), tag);
    }

    /** {@code COLUMN} (false) or {@code TAG} (true). */
    private boolean columnOrTag() {
        if (accept(TokenType.TAG)) {
            return true;
        }
        expect(TokenType.COLUMN);
        return false;
    }

    /** After {@code DESC} / {@code DESCRIBE}. */
    final Statement describe(int start) {
        TableName name = tableName();
        return new TableStatement.Describe(spanFrom(start), name);
    }

    /** After {@code DELETE}. */
    final Statement delete(int start) {
        expect(TokenType.FROM);
        TableName name = tableName();
        Expr where = accept(TokenType.WHERE) ? condition() : null;
        return new TableStatement.Delete(spanFrom(start), name, where);
    }

    /**
     * {@code INSERT INTO [db.]t [(cols)] query}; any other INSERT (VALUES, USING, FILE, {@code ?} table) is left
     * to the insert parser.
     */
    final Statement insertQuery(int start) {
        if (!isInsertQuery()) {
            throw new IllegalArgumentException("INSERT ... VALUES is parsed by the insert parser");
        }
        pos += 2;
        TableName target = tableName();
        List<String> columns = null;
        if (at(TokenType.LP) && peek(1) != TokenType.SELECT && peek(1) != TokenType.LP) {
            pos++;
            columns = new ArrayList<>();
            do {
                if (accept(TokenType.TBNAME)) {
                    columns.add("tbname");
                } else {
                    columns.add(name(MAX_COLUMN_NAME));
                }
            } while (accept(TokenType.COMMA));
            expect(TokenType.RP);
        }
        return new TableStatement.InsertQuery(spanFrom(start), target, columns, query());
    }

    /** Looks ahead: {@code INSERT INTO name[.name] [( ... )] (SELECT | (...SELECT)}. */
    private boolean isInsertQuery() {
        int k = pos + 1;
        if (typeAt(k) != TokenType.INTO) {
            return false;
        }
        k++;
        if (!isName(k)) {
            return false;
        }
        k++;
        if (typeAt(k) == TokenType.DOT && isName(k + 1)) {
            k += 2;
        }
        if (typeAt(k) == TokenType.LP && typeAt(k + 1) != TokenType.SELECT && typeAt(k + 1) != TokenType.LP) {
            int depth = 0;
            do {
                TokenType t = typeAt(k);
                if (t == TokenType.EOF || t == TokenType.ILLEGAL) {
                    return false;
                }
                depth += t == TokenType.LP ? 1 : t == TokenType.RP ? -1 : 0;
                k++;
            } while (depth > 0);
        }
        while (typeAt(k) == TokenType.LP) {
            k++;
        }
        return typeAt(k) == TokenType.SELECT;
    }

    private boolean isName(int token) {
        TokenType t = typeAt(token);
        return t == TokenType.IDENTIFIER || t == TokenType.QUOTED_IDENTIFIER;
    }
}
