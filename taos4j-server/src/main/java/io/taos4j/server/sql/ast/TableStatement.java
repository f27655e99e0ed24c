package io.taos4j.server.sql.ast;

import java.util.List;

/** Table statements: DDL, DESCRIBE, DELETE and INSERT ... SELECT (tdengine-sql.md §4, §5). */
public sealed interface TableStatement extends Statement {
    /**
     * A column or tag definition {@code name type [PRIMARY KEY | COMPOSITE KEY] [ENCODE 'e'] [COMPRESS 'c']
     * [LEVEL 'l']}; encode, compress and level nullable (always null for tags).
     *
     * @param compositeKey declared {@code PRIMARY KEY} or {@code COMPOSITE KEY}
     */
    record ColumnDef(Span span, String name, TypeSpec type, boolean compositeKey, String encode, String compress,
                     String level) {
    }

    /**
     * A table option: {@code comment 'x'}, {@code ttl 5}, {@code keep 10d}, {@code sma(a, b)},
     * {@code rollup(avg)}, {@code max_delay 1s, 2s}, {@code watermark ...}. SMA and ROLLUP names are
     * {@link Expr.ColumnRef}s.
     *
     * @param name the option keyword in lower case
     */
    record TableOption(String name, List<Expr> values) {
        public TableOption {
            values = List.copyOf(values);
        }
    }

    /**
     * {@code CREATE TABLE|STABLE [IF NOT EXISTS] name (columns) [TAGS (tags)] [options]}.
     *
     * @param tags          null for a normal table; a super table otherwise ({@code CREATE TABLE ... TAGS} too)
     * @param stableKeyword written as {@code CREATE STABLE}
     */
    record CreateTable(Span span, boolean ifNotExists, TableName name, List<ColumnDef> columns, List<ColumnDef> tags,
                       boolean stableKeyword, List<TableOption> options) implements TableStatement {
        public CreateTable {
            columns = List.copyOf(columns);
            tags = tags == null ? null : List.copyOf(tags);
            options = List.copyOf(options);
        }
    }

    /**
     * {@code [IF NOT EXISTS] name USING stable [(tagNames)] TAGS (tagValues) [options]}. Tag values are literals,
     * possibly signed, including hex/binary integers, {@code now}-like calls, placeholders, and
     * {@code literal ± duration} as a {@link Expr.Binary}.
     *
     * @param tagNames null when no tag-name list is given
     */
    record ChildTableDef(Span span, boolean ifNotExists, TableName name, TableName stable, List<String> tagNames,
                         List<Expr> tagValues, List<TableOption> options) {
        public ChildTableDef {
            tagNames = tagNames == null ? null : List.copyOf(tagNames);
            tagValues = List.copyOf(tagValues);
            options = List.copyOf(options);
        }
    }

    /** {@code CREATE TABLE child1 USING ... child2 USING ...} (sub-clauses separated by spaces). */
    record CreateChildTables(Span span, List<ChildTableDef> tables) implements TableStatement {
        public CreateChildTables {
            tables = List.copyOf(tables);
        }
    }

    record DropTarget(boolean ifExists, TableName name) {
    }

    /** {@code DROP TABLE [IF EXISTS] a [, [IF EXISTS] b ...]}. */
    record DropTable(Span span, List<DropTarget> targets) implements TableStatement {
        public DropTable {
            targets = List.copyOf(targets);
        }
    }

    record DropStable(Span span, boolean ifExists, TableName name) implements TableStatement {
    }

    /** {@code ALTER TABLE|STABLE name action}. */
    record AlterTable(Span span, TableName name, boolean stableKeyword, AlterAction action) implements TableStatement {
    }

    /** The action of an ALTER TABLE/STABLE; {@code tag} tells TAG from COLUMN. */
    sealed interface AlterAction {
        /** {@code ADD COLUMN|TAG definition}. */
        record Add(ColumnDef definition, boolean tag) implements AlterAction {
        }

        /** {@code DROP COLUMN|TAG name}. */
        record Drop(String name, boolean tag) implements AlterAction {
        }

        /** {@code MODIFY COLUMN|TAG name type}. */
        record ModifyType(String name, TypeSpec type, boolean tag) implements AlterAction {
        }

        /** {@code MODIFY COLUMN name [ENCODE 'e'] [COMPRESS 'c'] [LEVEL 'l']}; unset parts null. */
        record ModifyOptions(String name, String encode, String compress, String level) implements AlterAction {
        }

        /** {@code RENAME COLUMN|TAG oldName newName}. */
        record Rename(String oldName, String newName, boolean tag) implements AlterAction {
        }

        /** {@code SET TAG t1 = v1 [, t2 = v2 ...]}; values as in {@link ChildTableDef#tagValues()}. */
        record SetTags(List<TagAssignment> assignments) implements AlterAction {
            public SetTags {
                assignments = List.copyOf(assignments);
            }
        }

        /** {@code COMMENT 'x'}, {@code TTL n}, {@code KEEP d}, one or more. */
        record SetOptions(List<TableOption> options) implements AlterAction {
            public SetOptions {
                options = List.copyOf(options);
            }
        }
    }

    record TagAssignment(String name, Expr value) {
    }

    record Describe(Span span, TableName name) implements TableStatement {
    }

    /** {@code DELETE FROM name [WHERE where]}; where nullable. */
    record Delete(Span span, TableName name, Expr where) implements TableStatement {
    }

    /**
     * {@code INSERT INTO [db.]t [(columns)] query} (the only INSERT form this parser handles).
     *
     * @param columns null when no column list is given; may contain {@code tbname} for a super table
     */
    record InsertQuery(Span span, TableName target, List<String> columns, Query query) implements TableStatement {
        public InsertQuery {
            columns = columns == null ? null : List.copyOf(columns);
        }
    }
}
