package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.query.aggregate.Aggregates;
import io.taos4j.server.query.expr.Arithmetic;
import io.taos4j.server.query.expr.CalendarAddExpr;
import io.taos4j.server.query.expr.CaseExpr;
import io.taos4j.server.query.expr.CastExpr;
import io.taos4j.server.query.expr.Comparison;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.FunctionExpr;
import io.taos4j.server.query.expr.InListExpr;
import io.taos4j.server.query.expr.IsNullExpr;
import io.taos4j.server.query.expr.JsonExpr;
import io.taos4j.server.query.expr.Literal;
import io.taos4j.server.query.expr.Logical;
import io.taos4j.server.query.expr.NegateExpr;
import io.taos4j.server.query.expr.PatternExpr;
import io.taos4j.server.query.function.Functions;
import io.taos4j.server.query.function.ScalarFunction;
import io.taos4j.server.sql.ParsedSql;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Binds AST expressions to typed, executable {@link Expression}s with TDengine's typing rules
 * (tdengine-sql.md §6.4, §6.10, §8): {@code + - * /} give DOUBLE, TIMESTAMP ± integer or duration stays TIMESTAMP,
 * comparisons coerce strings to the other side's type (timestamps parsed in the session's zone), NULL
 * comparisons are false.
 *
 * <p>Leaves (columns, pseudo-columns, and in aggregate queries also grouped expressions and aggregate calls) are
 * resolved by a {@link Resolver}; the binder handles everything else.
 */
final class ExprBinder {

    /** Resolves the nodes a scope provides; returns null for nodes the binder should bind itself. */
    interface Resolver {
        Expression resolve(Expr node, ExprBinder binder);
    }

    private final ParsedSql sql;
    private final Resolver resolver;
    private final EvalContext ctx;

    ExprBinder(ParsedSql sql, Resolver resolver, EvalContext ctx) {
        this.sql = sql;
        this.resolver = resolver;
        this.ctx = ctx;
    }

    EvalContext context() {
        return ctx;
    }

    ParsedSql sql() {
        return sql;
    }

    Expression bind(Expr e) {
        Expression r = resolver.resolve(e, this);
        if (r != null) {
            return r;
        }
        if (e instanceof Expr.IntLiteral i) {
            return new Literal(i.value(), i.unsigned() ? DataType.UBIGINT : DataType.BIGINT);
        }
        if (e instanceof Expr.DoubleLiteral d) {
            return new Literal(d.value(), DataType.DOUBLE);
        }
        if (e instanceof Expr.StringLiteral s) {
            return new Literal(s.value(), DataType.varchar(s.value().getBytes(StandardCharsets.UTF_8).length));
        }
        if (e instanceof Expr.BoolLiteral b) {
            return new Literal(b.value(), DataType.BOOL);
        }
        if (e instanceof Expr.NullLiteral) {
            return new Literal(null, DataType.varchar(0));
        }
        if (e instanceof Expr.DurationLiteral d) {
            return new Literal(durationTicks(d), DataType.BIGINT);
        }
        if (e instanceof Expr.TimestampLiteral t) {
            return new Literal(parseTimestamp(t.text()), DataType.TIMESTAMP);
        }
        if (e instanceof Expr.ColumnRef c) {
            throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(c.name()));
        }
        if (e instanceof Expr.PseudoColumn p) {
            throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, "Illegal pseudo column: " + p.name());
        }
        if (e instanceof Expr.Placeholder p) {
            if (sql.parameters() != null) {
                return bind(sql.parameters().get(p.index()).withSpan(p.span()));
            }
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION,
                    "parameter placeholders (?) are only allowed in prepared statements");
        }
        if (e instanceof Expr.Star) {
            throw SqlError.syntax(sql.text(e.span()));
        }
        if (e instanceof Expr.Aliased a) {
            return bind(a.expr());
        }
        if (e instanceof Expr.FunctionCall f) {
            return function(f);
        }
        if (e instanceof Expr.Trim t) {
            return trim(t);
        }
        if (e instanceof Expr.Cast c) {
            Expression in = bind(c.expr());
            DataType to = Types.of(c.type());
            CastExpr.check(in.type(), to);
            return fold(new CastExpr(in, to));
        }
        if (e instanceof Expr.Unary u) {
            Expression in = bind(u.operand());
            if (u.op() == Expr.UnaryOp.NOT) {
                return fold(new Logical(Logical.Op.NOT, List.of(in)));
            }
            requireArithmetic(in, e);
            return fold(new NegateExpr(in));
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Between b) {
            Expression x = bind(b.expr());
            Expression low = bind(b.low());
            Expression high = bind(b.high());
            if (b.not()) {
                return fold(new Logical(Logical.Op.OR, List.of(compare(Comparison.Op.LT, x, low, e),
                        compare(Comparison.Op.GT, x, high, e))));
            }
            return fold(new Logical(Logical.Op.AND, List.of(compare(Comparison.Op.GE, x, low, e),
                    compare(Comparison.Op.LE, x, high, e))));
        }
        if (e instanceof Expr.InList in) {
            return inList(in);
        }
        if (e instanceof Expr.IsNull n) {
            return new IsNullExpr(bind(n.expr()), n.not());
        }
        if (e instanceof Expr.Case c) {
            return caseWhen(c);
        }
        throw SqlError.syntax(sql.text(e.span()));
    }

    private long durationTicks(Expr.DurationLiteral d) {
        if (d.unit() == 'n' || d.unit() == 'y') {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "Invalid operation: a calendar duration ("
                    + d.amount() + d.unit() + ") can only be added to a timestamp");
        }
        return Timestamps.durationTicks(d.amount(), d.unit(), ctx.precision());
    }

    /** Parses a timestamp string in the session's zone and the query's precision. */
    long parseTimestamp(String text) {
        long ticks = Timestamps.parse(text, ctx.zone(), ctx.precision());
        if (ticks == Long.MIN_VALUE) {
            throw SqlError.of(TaosError.INVALID_TIMESTAMP);
        }
        return ticks;
    }

    private Expression function(Expr.FunctionCall f) {
        String name = f.name();
        if (name.equals("now") || name.equals("today")) {
            if (!f.args().isEmpty()) {
                throw paramCount(name);
            }
            long now = ctx.now();
            if (name.equals("today")) {
                long seconds = LocalDate.ofInstant(Instant.ofEpochSecond(0, ctx.nowNanos()), ctx.zone())
                        .atStartOfDay(ctx.zone()).toEpochSecond();
                now = seconds * ctx.precision().ticksPerSecond();
            }
            return new Literal(now, DataType.TIMESTAMP);
        }
        if (Aggregates.find(name) != null || Planner.INDEFINITE_FUNCTIONS.contains(name)) {
            throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, TaosError.PAR_NOT_ALLOWED_FUNC.text());
        }
        ScalarFunction fn = Functions.scalar(name);
        if (fn == null) {
            throw SqlError.of(TaosError.MND_FUNC_NOT_EXIST);
        }
        if ((name.equals("server_version") || name.equals("client_version")) && f.args().isEmpty()) {
            return textLiteral(ctx.serverVersion());
        }
        List<Expression> args = new ArrayList<>(f.args().size());
        for (Expr a : f.args()) {
            if (a instanceof Expr.Star) {
                throw SqlError.syntax(sql.text(a.span()));
            }
            args.add(bind(a));
        }
        Expression bound = call(fn, args);
        if (SYSTEM_INFO.contains(name) && args.isEmpty()) {
            // TDengine replaces these calls by literals typed by their value's length (NULL: VARCHAR(63))
            Object value = Values.get(bound.eval(new Batch(new ColumnVector[0], 1), ctx), 0, bound.type());
            return value == null ? new Literal(null, DataType.varchar(63)) : textLiteral(value.toString());
        }
        return bound;
    }

    private static final Set<String> SYSTEM_INFO = Set.of("database", "current_user", "user", "timezone");

    private static Literal textLiteral(String value) {
        return new Literal(value, DataType.varchar(value.getBytes(StandardCharsets.UTF_8).length));
    }

    /** Binds a library call and folds it when its arguments are constant. */
    Expression call(ScalarFunction fn, List<Expression> args) {
        List<DataType> types = new ArrayList<>(args.size());
        List<Object> constants = new ArrayList<>(args.size());
        for (Expression a : args) {
            types.add(a.type());
            constants.add(a.isConstant() ? a.constantValue(ctx) : ScalarFunction.NOT_CONSTANT);
        }
        DataType result = fn.bind(types, constants);
        return fold(new FunctionExpr(fn, args, result));
    }

    private Expression trim(Expr.Trim t) {
        ScalarFunction fn = Functions.scalar("trim");
        String mode = t.mode().name().toLowerCase(java.util.Locale.ROOT);
        List<Expression> args = new ArrayList<>();
        args.add(new Literal(mode, DataType.varchar(mode.length())));
        args.add(t.chars() == null ? new Literal(null, DataType.varchar(0)) : bind(t.chars()));
        args.add(bind(t.source()));
        return call(fn, args);
    }

    private Expression binary(Expr.Binary b) {
        Expr.BinaryOp op = b.op();
        switch (op) {
            case AND, OR -> {
                return fold(new Logical(op == Expr.BinaryOp.AND ? Logical.Op.AND : Logical.Op.OR,
                        List.of(bind(b.left()), bind(b.right()))));
            }
            case EQ, NE, LT, LE, GT, GE -> {
                return compare(comparisonOp(op), bind(b.left()), bind(b.right()), b);
            }
            case LIKE, NOT_LIKE, MATCH, NMATCH -> {
                Expression left = bind(b.left());
                String pattern = constantString(b.right());
                if (!isStringLike(left.type())) {
                    throw SqlError.of(TaosError.TSC_INVALID_OPERATION);
                }
                try {
                    return switch (op) {
                        case LIKE -> PatternExpr.like(left, pattern, false);
                        case NOT_LIKE -> PatternExpr.like(left, pattern, true);
                        case MATCH -> PatternExpr.match(left, pattern, false);
                        default -> PatternExpr.match(left, pattern, true);
                    };
                } catch (PatternSyntaxException ex) {
                    throw SqlError.of(TaosError.TSC_INVALID_OPERATION, "Invalid regular expression: " + pattern);
                }
            }
            case CONTAINS, JSON_GET -> {
                Expression left = bind(b.left());
                if (left.type().type() != TaosType.JSON) {
                    throw SqlError.of(TaosError.TSC_INVALID_OPERATION);
                }
                String key = constantString(b.right());
                return op == Expr.BinaryOp.CONTAINS ? JsonExpr.contains(left, key) : JsonExpr.get(left, key);
            }
            default -> {
                return arithmetic(b);
            }
        }
    }

    private Expression arithmetic(Expr.Binary b) {
        Expression left = bind(b.left());
        boolean plusMinus = b.op() == Expr.BinaryOp.ADD || b.op() == Expr.BinaryOp.SUB;
        if (left.type().type() == TaosType.TIMESTAMP && plusMinus && b.right() instanceof Expr.DurationLiteral d
                && (d.unit() == 'n' || d.unit() == 'y')) {
            long amount = b.op() == Expr.BinaryOp.SUB ? -d.amount() : d.amount();
            return fold(new CalendarAddExpr(left, amount, d.unit()));
        }
        Expression right = bind(b.right());
        Arithmetic.Op op = switch (b.op()) {
            case ADD -> Arithmetic.Op.ADD;
            case SUB -> Arithmetic.Op.SUB;
            case MUL -> Arithmetic.Op.MUL;
            case DIV -> Arithmetic.Op.DIV;
            case MOD -> Arithmetic.Op.MOD;
            case BIT_AND -> Arithmetic.Op.BIT_AND;
            case BIT_OR -> Arithmetic.Op.BIT_OR;
            default -> throw SqlError.syntax(sql.text(b.span()));
        };
        TaosType lt = left.type().type();
        TaosType rt = right.type().type();
        if (op == Arithmetic.Op.BIT_AND || op == Arithmetic.Op.BIT_OR) {
            return fold(new Arithmetic(op, integral(left, b), integral(right, b), DataType.BIGINT));
        }
        boolean lts = lt == TaosType.TIMESTAMP;
        boolean rts = rt == TaosType.TIMESTAMP;
        if ((lts || rts) && plusMinus) {
            if (lts && rts || (lts ? isStringLike(right.type()) : isStringLike(left.type()))) {
                throw SqlError.of(TaosError.TSC_INVALID_OPERATION);
            }
            Expression other = lts ? right : left;
            TaosType ot = other.type().type();
            if (ot.isInteger() || ot == TaosType.BOOL) {
                if (rts && op == Arithmetic.Op.SUB) {
                    // integer - timestamp is plain arithmetic
                    return fold(new Arithmetic(op, left, right, DataType.DOUBLE));
                }
                return fold(new Arithmetic(op, left, right, DataType.TIMESTAMP));
            }
        }
        return fold(new Arithmetic(op, numeric(left, b), numeric(right, b), DataType.DOUBLE));
    }

    private Expression integral(Expression e, Expr node) {
        TaosType t = e.type().type();
        if (t.isInteger() || t == TaosType.BOOL || t == TaosType.TIMESTAMP) {
            return e;
        }
        return fold(new CastExpr(numeric(e, node), DataType.BIGINT));
    }

    /** An operand usable in DOUBLE arithmetic: numbers as they are, text parsed by its leading number. */
    private Expression numeric(Expression e, Expr node) {
        TaosType t = e.type().type();
        if (t.isNumeric() || t == TaosType.BOOL || t == TaosType.TIMESTAMP) {
            return e;
        }
        if (isStringLike(e.type())) {
            return fold(new CastExpr(e, DataType.DOUBLE));
        }
        if (t == TaosType.JSON) {
            return new io.taos4j.server.query.expr.JsonNumber(e);
        }
        throw SqlError.of(TaosError.TSC_INVALID_OPERATION);
    }

    private void requireArithmetic(Expression e, Expr node) {
        numeric(e, node);
    }

    private static Comparison.Op comparisonOp(Expr.BinaryOp op) {
        return switch (op) {
            case EQ -> Comparison.Op.EQ;
            case NE -> Comparison.Op.NE;
            case LT -> Comparison.Op.LT;
            case LE -> Comparison.Op.LE;
            case GT -> Comparison.Op.GT;
            default -> Comparison.Op.GE;
        };
    }

    /** {@code left op right} with TDengine's implicit conversions. */
    Expression compare(Comparison.Op op, Expression left, Expression right, Expr node) {
        TaosType lt = left.type().type();
        TaosType rt = right.type().type();
        if (lt == TaosType.BLOB || rt == TaosType.BLOB) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION);
        }
        // timestamps against text: parse the text as a timestamp
        if (lt == TaosType.TIMESTAMP && isStringLike(right.type())) {
            right = timestampOf(right);
            rt = TaosType.TIMESTAMP;
        } else if (rt == TaosType.TIMESTAMP && isStringLike(left.type())) {
            left = timestampOf(left);
            lt = TaosType.TIMESTAMP;
        }
        // JSON values against constants: compare JSON text
        if (lt == TaosType.JSON || rt == TaosType.JSON) {
            return jsonCompare(op, left, right);
        }
        boolean ls = isStringLike(left.type());
        boolean rs = isStringLike(right.type());
        if (ls && rs) {
            return fold(new Comparison(op, Comparison.Mode.BYTES, left, right));
        }
        if (ls || rs) {
            Expression text = ls ? left : right;
            if (text.isConstant()) {
                Object v = text.constantValue(ctx);
                Double d = v == null ? null : parseNumber(v.toString());
                if (d == null) {
                    return new Literal(false, DataType.BOOL);
                }
                Expression num = new Literal(d, DataType.DOUBLE);
                return ls ? compare(op, num, right, node) : compare(op, left, num, node);
            }
            Expression num = fold(new CastExpr(text, DataType.DOUBLE));
            return ls ? compare(op, num, right, node) : compare(op, left, num, node);
        }
        boolean li = lt.isInteger() || lt == TaosType.TIMESTAMP || lt == TaosType.BOOL;
        boolean ri = rt.isInteger() || rt == TaosType.TIMESTAMP || rt == TaosType.BOOL;
        Comparison.Mode mode;
        if (li && ri) {
            boolean lu = lt == TaosType.UBIGINT;
            boolean ru = rt == TaosType.UBIGINT;
            mode = lu && ru ? Comparison.Mode.UNSIGNED : lu || ru ? Comparison.Mode.DOUBLE : Comparison.Mode.SIGNED;
        } else if ((lt.isNumeric() || li) && (rt.isNumeric() || ri)) {
            mode = Comparison.Mode.DOUBLE;
        } else {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION);
        }
        return fold(new Comparison(op, mode, left, right));
    }

    private Expression jsonCompare(Comparison.Op op, Expression left, Expression right) {
        Expression json = left.type().type() == TaosType.JSON ? left : right;
        Expression other = json == left ? right : left;
        if (!other.isConstant()) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION);
        }
        Object v = other.constantValue(ctx);
        String text;
        if (v == null) {
            text = "null";
        } else if (v instanceof String s) {
            text = io.taos4j.server.type.JsonTags.normalize("{\"k\":" + quote(s) + "}", m -> SqlError.of(TaosError.PAR_WRONG_VALUE_TYPE, m));
            text = text.substring(5, text.length() - 1);
        } else {
            text = Values.toText(v, other.type());
        }
        // JSON values are held as their JSON text, so compare bytes with the constant's JSON text
        Expression lit = new Literal(text, DataType.varchar(text.length()));
        return json == left ? fold(new Comparison(op, Comparison.Mode.BYTES, json, lit))
                : fold(new Comparison(op, Comparison.Mode.BYTES, lit, json));
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    private Expression timestampOf(Expression text) {
        if (text.isConstant()) {
            Object v = text.constantValue(ctx);
            if (v == null) {
                return new Literal(null, DataType.TIMESTAMP);
            }
            return new Literal(parseTimestamp(v.toString()), DataType.TIMESTAMP);
        }
        return fold(new CastExpr(text, DataType.TIMESTAMP));
    }

    /** The number a text means, or null when it is not a number. */
    static Double parseNumber(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            if (t.length() > 2 && (t.startsWith("0x") || t.startsWith("0X"))) {
                try {
                    return (double) Long.parseLong(t.substring(2), 16);
                } catch (NumberFormatException ignored) {
                    return null;
                }
            }
            return null;
        }
    }

    private Expression inList(Expr.InList in) {
        Expression x = bind(in.expr());
        boolean numeric = !isStringLike(x.type());
        Set<Object> values = new HashSet<>();
        for (Expr e : in.values()) {
            Expression v = bind(e);
            if (!v.isConstant()) {
                throw SqlError.syntax(sql.text(e.span()));
            }
            Object c = v.constantValue(ctx);
            if (c == null) {
                continue;
            }
            if (x.type().type() == TaosType.TIMESTAMP && c instanceof String s) {
                values.add((double) parseTimestamp(s));
            } else if (numeric) {
                Double d = c instanceof String s ? parseNumber(s) : Double.valueOf(Values.toDouble(c, v.type()));
                if (d != null) {
                    values.add(d);
                }
            } else {
                values.add(Values.toText(c, v.type()));
            }
        }
        return new InListExpr(x, values, numeric, in.not());
    }

    private Expression caseWhen(Expr.Case c) {
        List<Expression> conditions = new ArrayList<>();
        List<Expression> results = new ArrayList<>();
        Expression operand = c.operand() == null ? null : bind(c.operand());
        for (Expr.WhenClause w : c.whens()) {
            Expression when = bind(w.when());
            conditions.add(operand == null ? when : compare(Comparison.Op.EQ, operand, when, c));
            results.add(bind(w.then()));
        }
        Expression otherwise = c.elseExpr() == null ? null : bind(c.elseExpr());
        List<Expression> all = new ArrayList<>(results);
        if (otherwise != null) {
            all.add(otherwise);
        }
        DataType type = commonType(all);
        List<Expression> converted = new ArrayList<>();
        for (Expression r : results) {
            converted.add(convert(r, type));
        }
        return fold(new CaseExpr(conditions, converted, otherwise == null ? null : convert(otherwise, type), type));
    }

    /**
     * The type CASE branches are converted to (tdengine-sql.md §6.10, observed on 3.3.7.5): one type stays (strings at
     * the longest length); integers (and TIMESTAMP) of different types give BIGINT, FLOAT with DOUBLE gives DOUBLE;
     * any other mix, such as an integer with a float or a string, gives VARCHAR(63).
     */
    static DataType commonType(List<Expression> exprs) {
        DataType best = null;
        for (Expression e : exprs) {
            DataType t = e.type();
            if (e instanceof Literal l && l.value() == null) {
                continue;
            }
            if (best == null) {
                best = t;
            } else if (best.type() != t.type()) {
                boolean bi = best.isInteger() || best.type() == TaosType.TIMESTAMP;
                boolean ti = t.isInteger() || t.type() == TaosType.TIMESTAMP;
                boolean bf = best.type() == TaosType.FLOAT || best.type() == TaosType.DOUBLE;
                boolean tf = t.type() == TaosType.FLOAT || t.type() == TaosType.DOUBLE;
                if (bi && ti) {
                    best = DataType.BIGINT;
                } else if (bf && tf) {
                    best = DataType.DOUBLE;
                } else {
                    best = DataType.varchar(63);
                }
            } else if (best.isVarLength() && t.length() > best.length()) {
                best = t;
            }
        }
        return best == null ? DataType.varchar(0) : best;
    }


    Expression convert(Expression e, DataType to) {
        if (e.type().equals(to)) {
            return e;
        }
        if (e instanceof Literal l && l.value() == null) {
            return new Literal(null, to);
        }
        return fold(new CastExpr(e, to));
    }

    private String constantString(Expr e) {
        Expression v = bind(e);
        if (!v.isConstant() || !(v.constantValue(ctx) instanceof String s)) {
            throw SqlError.of(TaosError.TSC_INVALID_OPERATION);
        }
        return s;
    }

    static boolean isStringLike(DataType t) {
        return t.type() == TaosType.VARCHAR || t.type() == TaosType.NCHAR;
    }

    /** Evaluates a constant expression now, so literals and functions of literals run once per statement. */
    Expression fold(Expression e) {
        if (e instanceof Literal || !e.isConstant()) {
            return e;
        }
        ColumnVector v = e.eval(new Batch(new ColumnVector[0], 1), ctx);
        return new Literal(Values.get(v, 0, e.type()), e.type());
    }

    static SqlError paramCount(String name) {
        return SqlError.of(TaosError.FUNC_FUNTION_PARA_NUM, "Invalid number of parameters : " + name);
    }
}
