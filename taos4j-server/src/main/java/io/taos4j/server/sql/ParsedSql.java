package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.Expr;
import java.util.List;
import io.taos4j.server.sql.ast.SelectItem;
import io.taos4j.server.sql.ast.Span;
import io.taos4j.server.sql.ast.Statement;

/**
 * A parsed statement with its texts. Immutable and thread-safe.
 *
 * @param sql              the statement text as received
 * @param folded           the case-folded text ({@link SqlText#fold}); spans index into both
 * @param statement        the statement
 * @param placeholderCount number of {@code ?} placeholders
 * @param parameters       literal values bound to the placeholders in order (prepared statements), or null when
 *                         none are bound; a {@code ?} binds to {@code parameters.get(index)}
 */
public record ParsedSql(String sql, String folded, Statement statement, int placeholderCount,
                        List<Expr> parameters) {

    public ParsedSql {
        parameters = parameters == null ? null : List.copyOf(parameters);
    }

    /** A statement without bound parameters. */
    public ParsedSql(String sql, String folded, Statement statement, int placeholderCount) {
        this(sql, folded, statement, placeholderCount, null);
    }

    /**
     * The same statement with literal values bound to its placeholders.
     *
     * @throws IllegalArgumentException unless there is one value per placeholder
     */
    public ParsedSql withParameters(List<Expr> values) {
        if (values.size() != placeholderCount) {
            throw new IllegalArgumentException(placeholderCount + " placeholders but " + values.size() + " values");
        }
        return new ParsedSql(sql, folded, statement, placeholderCount, values);
    }

    /** The folded source text of {@code span}. */
    public String text(Span span) {
        return folded.substring(span.start(), span.end());
    }

    /**
     * The result-column label of an expression without alias (tdengine-sql.md §8 rule 4): its folded source text,
     * comments and spacing included, cut to 64 bytes without splitting a character.
     */
    public String label(Expr expr) {
        return SqlText.truncateUtf8(text(expr.span()), SqlText.MAX_LABEL_BYTES);
    }

    /**
     * The label of a select item by §8 rules 1-4: the alias; the name of a bare column reference (also
     * {@code t.c}, {@code (c)}, {@code +c}); the name of a pseudo-column; otherwise {@link #label(Expr)}. Labels are
     * cut to 64 bytes. Not meaningful for {@code *} items, which expand to schema names.
     */
    public String columnLabel(SelectItem item) {
        if (item.alias() != null) {
            return SqlText.truncateUtf8(item.alias(), SqlText.MAX_LABEL_BYTES);
        }
        return exprLabel(item.expr());
    }

    /** {@link #columnLabel(SelectItem)} for an expression without alias. */
    public String exprLabel(Expr expr) {
        if (expr instanceof Expr.ColumnRef c) {
            return SqlText.truncateUtf8(c.name(), SqlText.MAX_LABEL_BYTES);
        }
        if (expr instanceof Expr.PseudoColumn p) {
            return p.name();
        }
        if (expr instanceof Expr.Aliased a) {
            return SqlText.truncateUtf8(a.alias(), SqlText.MAX_LABEL_BYTES);
        }
        return label(expr);
    }
}
