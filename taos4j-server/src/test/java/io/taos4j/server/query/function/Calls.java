package io.taos4j.server.query.function;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A tiny evaluator for test expressions over the function library, so that corpus rows read like SQL:
 * {@code round(8888.88, -1)}, {@code concat('a', [nchar(4): 'x', null])}, {@code cast('12' as int)}.
 *
 * <p>Literals: integers are BIGINT, numbers with a point or exponent DOUBLE, {@code 'text'} VARCHAR of its byte
 * length, {@code true}/{@code false} BOOL, {@code null} the NULL literal (VARCHAR(0), value null), {@code 1s}/{@code 1d}
 * durations (BIGINT ticks of the context precision, with a {@link DurationLiteral} constant value). {@code {type:
 * v}} is a typed constant, {@code [type: v1, v2, ...]} a (non-constant) column; {@code ts'...'} is a TIMESTAMP
 * constant parsed in the context zone. Nested calls are evaluated first; a call whose arguments are all constants
 * is a constant.
 */
final class Calls {
    /** The statement's {@code now}: 2024-03-15T10:20:30.123456789Z. */
    static final long NOW_NANOS = Instant.parse("2024-03-15T10:20:30.123456789Z").getEpochSecond() * 1_000_000_000L
            + 123_456_789L;

    private final String src;
    private final EvalContext ctx;
    private int pos;

    private Calls(String src, EvalContext ctx) {
        this.src = src;
        this.ctx = ctx;
    }

    static EvalContext ctx(String zone, String precision) {
        return new EvalContext(ZoneId.of(zone), Precision.ofSqlName(precision), NOW_NANOS, "db1", "root");
    }

    /** A value with its type; {@code rows} values, constant when it came from literals only. */
    record Value(DataType type, ColumnVector vector, int rows, boolean constant, Object constantValue) {
        Object get(int row) {
            return Values.get(vector, vector.size() == 1 ? 0 : row, type);
        }
    }

    /** The result of evaluating an expression: its type and values. */
    record Result(DataType type, List<Object> values) {
    }

    static Result eval(String expr, EvalContext ctx) {
        Calls c = new Calls(expr, ctx);
        Value v = c.expr();
        c.skipSpace();
        if (c.pos != c.src.length()) {
            throw new IllegalArgumentException("trailing text in " + expr + " at " + c.pos);
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < v.rows(); i++) {
            out.add(v.get(i));
        }
        return new Result(v.type(), out);
    }

    /** Renders a value for comparison: TIMESTAMP as an instant, binary as {@code \xHEX}, null as NULL. */
    static String render(Object v, DataType type, Precision p) {
        if (v == null) {
            return "NULL";
        }
        if (type.type() == TaosType.TIMESTAMP) {
            return p.toInstant((Long) v).toString();
        }
        if (type.type() == TaosType.UBIGINT) {
            return Long.toUnsignedString((Long) v);
        }
        if (v instanceof byte[] b) {
            return "\\x" + HexFormat.of().withUpperCase().formatHex(b);
        }
        return v.toString();
    }

    private Value expr() {
        skipSpace();
        char c = peek();
        if (c == '\'') {
            String s = string();
            return constant(DataType.varchar(s.getBytes(StandardCharsets.UTF_8).length), s);
        }
        if (c == '[' || c == '{') {
            return typed(c == '[');
        }
        if (c == '-' || c == '+' || Character.isDigit(c)) {
            return number();
        }
        String id = ident();
        skipSpace();
        switch (id) {
            case "null":
                return new Value(DataType.varchar(0), Values.constant(null, DataType.varchar(0), 1), 1, true, null);
            case "true", "false":
                return constant(DataType.BOOL, Boolean.valueOf(id));
            case "ts":
                if (peek() == '\'') {
                    String s = string();
                    long t = Timestamps.parse(s, ctx.zone(), ctx.precision());
                    return constant(DataType.TIMESTAMP, t);
                }
                break;
            case "cast":
                return cast();
            default:
                break;
        }
        expect('(');
        List<Value> args = new ArrayList<>();
        skipSpace();
        if (peek() != ')') {
            do {
                args.add(expr());
                skipSpace();
            } while (tryConsume(','));
        }
        expect(')');
        return call(id, args);
    }

    private Value call(String name, List<Value> args) {
        ScalarFunction f = Functions.scalar(name);
        if (f == null) {
            throw new SqlError(0x0374, "Func not exists");
        }
        List<DataType> types = new ArrayList<>();
        List<Object> consts = new ArrayList<>();
        int rows = 1;
        boolean allConstant = true;
        for (Value a : args) {
            types.add(a.type());
            consts.add(a.constant() ? a.constantValue() : ScalarFunction.NOT_CONSTANT);
            rows = Math.max(rows, a.rows());
            allConstant &= a.constant();
        }
        DataType result = f.bind(types, consts);
        ColumnVector[] vectors = new ColumnVector[args.size()];
        for (int i = 0; i < vectors.length; i++) {
            Value a = args.get(i);
            vectors[i] = a.rows() == rows ? a.vector() : Values.constant(a.get(0), a.type(), rows);
        }
        ColumnVector out = f.eval(vectors, types, result, rows, ctx);
        if (out.size() != rows) {
            throw new AssertionError(name + " returned " + out.size() + " rows, expected " + rows);
        }
        boolean constant = allConstant && f.isDeterministic();
        return new Value(result, out, rows, constant, constant ? Values.get(out, 0, result) : null);
    }

    private Value cast() {
        expect('(');
        Value v = expr();
        skipSpace();
        String as = ident();
        if (!as.equals("as")) {
            throw new IllegalArgumentException("expected AS in " + src);
        }
        DataType to = type(')');
        expect(')');
        Casts.checkCast(v.type(), to);
        ColumnVector out = Casts.cast(v.vector(), v.type(), to, v.rows(), ctx);
        return new Value(to, out, v.rows(), v.constant(), v.constant() ? Values.get(out, 0, to) : null);
    }

    private Value constant(DataType type, Object value) {
        return new Value(type, Values.constant(value, type, 1), 1, true, value);
    }

    private Value number() {
        int start = pos;
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                || src.charAt(pos) == 'e' || src.charAt(pos) == 'E'
                || (src.charAt(pos) == '-' && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E')))) {
            pos++;
        }
        String text = src.substring(start, pos);
        if (pos < src.length() && Character.isLetter(src.charAt(pos)) && !text.contains(".")) {
            char unit = src.charAt(pos++);
            long amount = Long.parseLong(text);
            long ticks = Timestamps.durationTicks(amount, unit, ctx.precision());
            return new Value(DataType.BIGINT, Values.constant(ticks, DataType.BIGINT, 1), 1, true,
                    new DurationLiteral(amount, unit));
        }
        if (text.contains(".") || text.contains("e") || text.contains("E")) {
            return constant(DataType.DOUBLE, Double.parseDouble(text));
        }
        return constant(DataType.BIGINT, Long.parseLong(text));
    }

    /** {@code [type: v, ...]} (a column) or {@code {type: v}} (a constant). */
    private Value typed(boolean column) {
        pos++;
        DataType type = type(':');
        expect(':');
        List<Object> values = new ArrayList<>();
        do {
            skipSpace();
            values.add(literal(type));
            skipSpace();
        } while (tryConsume(','));
        expect(column ? ']' : '}');
        ColumnVector v = Values.allocate(type, values.size());
        for (Object o : values) {
            Values.append(v, o, type);
        }
        return new Value(type, v, values.size(), !column, column ? null : values.get(0));
    }

    private Object literal(DataType type) {
        char c = peek();
        if (c == '\'') {
            String s = string();
            return switch (type.type()) {
                case TIMESTAMP -> Timestamps.parse(s, ctx.zone(), ctx.precision());
                case VARBINARY, GEOMETRY, BLOB -> type.type() == TaosType.GEOMETRY
                        ? io.taos4j.server.type.Wkt.toWkb(s) : s.getBytes(StandardCharsets.UTF_8);
                case DECIMAL, DECIMAL64 -> new java.math.BigDecimal(s);
                default -> s;
            };
        }
        int start = pos;
        while (pos < src.length() && ",]}".indexOf(src.charAt(pos)) < 0) {
            pos++;
        }
        String t = src.substring(start, pos).strip();
        if (t.equals("null")) {
            return null;
        }
        return switch (type.type()) {
            case BOOL -> Boolean.valueOf(t);
            case FLOAT -> Float.parseFloat(t);
            case DOUBLE -> Double.parseDouble(t);
            case DECIMAL, DECIMAL64 -> new java.math.BigDecimal(t);
            case UBIGINT -> Long.parseUnsignedLong(t);
            default -> Long.parseLong(t);
        };
    }

    /** A type name up to {@code end}: {@code int}, {@code int unsigned}, {@code varchar(10)}, {@code decimal(10,2)}. */
    private DataType type(char end) {
        skipSpace();
        int start = pos;
        int depth = 0;
        while (pos < src.length() && (depth > 0 || src.charAt(pos) != end)) {
            if (src.charAt(pos) == '(') {
                depth++;
            } else if (src.charAt(pos) == ')') {
                depth--;
            }
            pos++;
        }
        return parseType(src.substring(start, pos).strip());
    }

    static DataType parseType(String t) {
        String s = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int paren = s.indexOf('(');
        String base = paren < 0 ? s : s.substring(0, paren).strip();
        String argText = paren < 0 ? "" : s.substring(paren + 1, s.indexOf(')'));
        int[] args = argText.isEmpty() ? new int[0]
                : java.util.Arrays.stream(argText.split(",")).mapToInt(x -> Integer.parseInt(x.strip())).toArray();
        return switch (base) {
            case "bool" -> DataType.BOOL;
            case "tinyint" -> DataType.TINYINT;
            case "smallint" -> DataType.SMALLINT;
            case "int" -> DataType.INT;
            case "bigint" -> DataType.BIGINT;
            case "tinyint unsigned" -> DataType.UTINYINT;
            case "smallint unsigned" -> DataType.USMALLINT;
            case "int unsigned" -> DataType.UINT;
            case "bigint unsigned" -> DataType.UBIGINT;
            case "float" -> DataType.FLOAT;
            case "double" -> DataType.DOUBLE;
            case "timestamp" -> DataType.TIMESTAMP;
            case "json" -> DataType.JSON;
            case "varchar", "binary" -> DataType.varchar(args.length == 0 ? Casts.MAX_VARCHAR : args[0]);
            case "nchar" -> DataType.nchar(args[0]);
            case "varbinary" -> DataType.varbinary(args[0]);
            case "geometry" -> DataType.geometry(args[0]);
            case "decimal" -> DataType.decimal(args[0], args.length > 1 ? args[1] : 0);
            case "null" -> DataType.fixed(TaosType.NULL);
            default -> throw new IllegalArgumentException("type " + t);
        };
    }

    private String string() {
        expect('\'');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = src.charAt(pos++);
            if (c == '\'') {
                if (pos < src.length() && src.charAt(pos) == '\'') {
                    sb.append('\'');
                    pos++;
                    continue;
                }
                return sb.toString();
            }
            sb.append(c);
        }
    }

    private String ident() {
        skipSpace();
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("expected a name at " + pos + " in " + src);
        }
        return src.substring(start, pos).toLowerCase(Locale.ROOT);
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    private boolean tryConsume(char c) {
        skipSpace();
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!tryConsume(c)) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos + " in " + src);
        }
    }
}
