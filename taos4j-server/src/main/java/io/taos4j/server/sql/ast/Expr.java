package io.taos4j.server.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * An expression. Parentheses and unary plus are not nodes: {@code (x)}, {@code ((x))} and {@code +x} are the node
 * of {@code x} with a span widened to cover the parentheses or the sign, so that labels of enclosing expressions
 * and of the expression itself keep the source text (tdengine-sql.md §8).
 */
public sealed interface Expr {
    /** Source offsets of the expression, including any enclosing parentheses and unary plus. */
    Span span();

    /** The same node with another span. */
    Expr withSpan(Span span);

    /**
     * An integer literal. A leading {@code -} directly before the number is folded into the literal (its span
     * includes the sign). Values above {@code 2^63-1} are BIGINT UNSIGNED ({@code unsigned}, {@code value} holds the
     * bits); above {@code 2^64-1} they are clamped to {@code 2^64-1}, below {@code -2^63} to {@code -2^63}.
     * Hexadecimal and binary literals ({@code 0x1f}, {@code 0b101}) appear only in tag values.
     */
    record IntLiteral(Span span, long value, boolean unsigned) implements Expr {
        @Override
        public IntLiteral withSpan(Span span) {
            return new IntLiteral(span, value, unsigned);
        }
    }

    /** A number with a decimal point or exponent; {@code 1.5e400} is infinity. */
    record DoubleLiteral(Span span, double value) implements Expr {
        @Override
        public DoubleLiteral withSpan(Span span) {
            return new DoubleLiteral(span, value);
        }
    }

    /** A {@code '...'} or {@code "..."} literal; {@code value} has TDengine's escapes resolved (§1.3). */
    record StringLiteral(Span span, String value) implements Expr {
        public StringLiteral {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public StringLiteral withSpan(Span span) {
            return new StringLiteral(span, value);
        }
    }

    record BoolLiteral(Span span, boolean value) implements Expr {
        @Override
        public BoolLiteral withSpan(Span span) {
            return new BoolLiteral(span, value);
        }
    }

    record NullLiteral(Span span) implements Expr {
        @Override
        public NullLiteral withSpan(Span span) {
            return new NullLiteral(span);
        }
    }

    /**
     * A duration such as {@code 10s}: {@code amount} units of {@code unit}, one of {@code b u a s m h d w n y}
     * (ns, µs, ms, second, minute, hour, day, week, calendar month, calendar year).
     */
    record DurationLiteral(Span span, long amount, char unit) implements Expr {
        @Override
        public DurationLiteral withSpan(Span span) {
            return new DurationLiteral(span, amount, unit);
        }
    }

    /** {@code TIMESTAMP '...'}; {@code text} is the string's value. */
    record TimestampLiteral(Span span, String text) implements Expr {
        @Override
        public TimestampLiteral withSpan(Span span) {
            return new TimestampLiteral(span, text);
        }
    }

    /** A {@code ?} parameter; {@code index} counts the statement's placeholders from 0, left to right. */
    record Placeholder(Span span, int index) implements Expr {
        @Override
        public Placeholder withSpan(Span span) {
            return new Placeholder(span, index);
        }
    }

    /**
     * A column (or tag) reference {@code [qualifier.]name}; the qualifier is a table name or alias, null when
     * absent. Back-quoted {@code `tbname`} is a column, not the pseudo-column.
     */
    record ColumnRef(Span span, String qualifier, String name) implements Expr {
        @Override
        public ColumnRef withSpan(Span span) {
            return new ColumnRef(span, qualifier, name);
        }
    }

    /**
     * A pseudo-column, written without backquotes: {@code tbname} (also {@code t.tbname}), {@code _c0},
     * {@code _rowts}, {@code _qstart}, {@code _qend}, {@code _qduration}, {@code _wstart}, {@code _wend},
     * {@code _wduration}, {@code _irowts}, {@code _isfilled}, {@code _irowts_origin}, {@code _tags}, and the stream
     * placeholders ({@code _twstart}, ...). {@code name} is as written (lower case).
     */
    record PseudoColumn(Span span, String qualifier, String name) implements Expr {
        @Override
        public PseudoColumn withSpan(Span span) {
            return new PseudoColumn(span, qualifier, name);
        }
    }

    /** {@code *} or {@code qualifier.*}: only as a select item or an argument of count/first/last/last_row. */
    record Star(Span span, String qualifier) implements Expr {
        @Override
        public Star withSpan(Span span) {
            return new Star(span, qualifier);
        }
    }

    /**
     * A function call, name in lower case (as written when back-quoted). {@code now} and {@code today} written
     * without parentheses have {@code noParens}. {@code position(a IN b)} has args {@code [a, b]};
     * {@code substr(x FROM p [FOR l])} has args {@code [x, p(, l)]}. {@code distinct} is always false: TDengine 3.3
     * has no {@code DISTINCT} inside calls (kept for the binder's signature).
     */
    record FunctionCall(Span span, String name, List<Expr> args, boolean distinct, boolean noParens)
            implements Expr {
        public FunctionCall {
            args = List.copyOf(args);
        }

        @Override
        public FunctionCall withSpan(Span span) {
            return new FunctionCall(span, name, args, distinct, noParens);
        }
    }

    /** {@code expr [AS] alias} as an argument of {@code cols(...)} (the only place TDengine allows it). */
    record Aliased(Span span, Expr expr, String alias) implements Expr {
        @Override
        public Aliased withSpan(Span span) {
            return new Aliased(span, expr, alias);
        }
    }

    enum TrimMode { BOTH, LEADING, TRAILING }

    /** {@code TRIM([BOTH|LEADING|TRAILING] [chars] FROM source)} or {@code TRIM(source)}; chars nullable. */
    record Trim(Span span, TrimMode mode, Expr chars, Expr source) implements Expr {
        @Override
        public Trim withSpan(Span span) {
            return new Trim(span, mode, chars, source);
        }
    }

    record Cast(Span span, Expr expr, TypeSpec type) implements Expr {
        @Override
        public Cast withSpan(Span span) {
            return new Cast(span, expr, type);
        }
    }

    enum UnaryOp { NEG, NOT }

    record Unary(Span span, UnaryOp op, Expr operand) implements Expr {
        @Override
        public Unary withSpan(Span span) {
            return new Unary(span, op, operand);
        }
    }

    /** Binary operators; {@code REGEXP} parses as MATCH, {@code NOT REGEXP} as NMATCH, {@code ->} as JSON_GET. */
    enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), BIT_AND("&"), BIT_OR("|"),
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="),
        AND("and"), OR("or"), LIKE("like"), NOT_LIKE("not like"), MATCH("match"), NMATCH("nmatch"),
        CONTAINS("contains"), JSON_GET("->");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** Comparison-like operators that yield BOOL (including LIKE, MATCH, CONTAINS, AND, OR). */
        public boolean isPredicate() {
            return ordinal() >= EQ.ordinal() && this != JSON_GET;
        }
    }

    record Binary(Span span, BinaryOp op, Expr left, Expr right) implements Expr {
        @Override
        public Binary withSpan(Span span) {
            return new Binary(span, op, left, right);
        }
    }

    /** {@code expr [NOT] BETWEEN low AND high}. */
    record Between(Span span, Expr expr, Expr low, Expr high, boolean not) implements Expr {
        @Override
        public Between withSpan(Span span) {
            return new Between(span, expr, low, high, not);
        }
    }

    /** {@code expr [NOT] IN (v, ...)}; the values are literals, {@code now()}-like calls or placeholders. */
    record InList(Span span, Expr expr, List<Expr> values, boolean not) implements Expr {
        public InList {
            values = List.copyOf(values);
        }

        @Override
        public InList withSpan(Span span) {
            return new InList(span, expr, values, not);
        }
    }

    /** {@code expr IS [NOT] NULL}. */
    record IsNull(Span span, Expr expr, boolean not) implements Expr {
        @Override
        public IsNull withSpan(Span span) {
            return new IsNull(span, expr, not);
        }
    }

    /** One {@code WHEN condition THEN result} of a CASE. */
    record WhenClause(Expr when, Expr then) {
    }

    /** {@code CASE [operand] WHEN .. THEN .. [ELSE ..] END}; operand and elseExpr nullable. */
    record Case(Span span, Expr operand, List<WhenClause> whens, Expr elseExpr) implements Expr {
        public Case {
            whens = List.copyOf(whens);
        }

        @Override
        public Case withSpan(Span span) {
            return new Case(span, operand, whens, elseExpr);
        }
    }
}
