package io.taos4j.server.query.function;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.expr.Kernels;
import io.taos4j.server.type.DataType;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * Math functions (tdengine-sql.md §7.4; sclfunc.c). Arguments are TDengine's "numeric" types: integers and floats;
 * DECIMAL, BOOL, TIMESTAMP and text are 0x2802. Functions computed in double give NULL for an infinite or NaN
 * result ({@code ln(0)}, {@code sqrt(-1)}, {@code mod(x, 0)}).
 */
final class MathFunctions {
    /** C's M_1_PI, multiplied in this order by TDengine's {@code degrees}. */
    private static final double M_1_PI = 0.318309886183790671538;

    private MathFunctions() {
    }

    static List<Fn> all() {
        return List.of(
                sameType("abs", Math::abs, x -> x >= 0 ? x : -x, x -> x >= 0 ? x : -x, LongUnaryOperator.identity()),
                sameType("ceil", x -> x, x -> (float) Math.ceil(x) + 0f, x -> Math.ceil(x) + 0.0,
                        LongUnaryOperator.identity()),
                sameType("floor", x -> x, x -> (float) Math.floor(x) + 0f, x -> Math.floor(x) + 0.0,
                        LongUnaryOperator.identity()),
                sameType("sign", Long::signum, x -> x < 0 ? -1f : x > 0 ? 1f : 0f, x -> x < 0 ? -1 : x > 0 ? 1 : 0,
                        x -> x != 0 ? 1 : 0),
                round(),
                truncate("truncate", 2, 2),
                truncate("trunc", 1, 2),
                unary("sqrt", Math::sqrt),
                unary("sin", Math::sin),
                unary("cos", Math::cos),
                unary("tan", Math::tan),
                unary("asin", Math::asin),
                unary("acos", Math::acos),
                unary("atan", Math::atan),
                unary("exp", Math::exp),
                unary("ln", Math::log),
                unary("degrees", x -> x * M_1_PI * 180.0),
                unary("radians", x -> x / 180.0 * Math.PI),
                log(),
                binary("pow", Math::pow),
                binary("mod", (a, b) -> a % b),
                Fn.of("pi", s -> {
                    s.count(0, 0);
                    return DataType.DOUBLE;
                }, (a, t, r, rows, ctx) -> {
                    double[] out = new double[rows];
                    java.util.Arrays.fill(out, Math.PI);
                    return DoubleVector.wrap(out, rows);
                }),
                rand());
    }

    /** The numeric argument checks shared by every math function. */
    private static Sig numeric(Sig s, int min, int max) {
        return s.count(min, max).checkFrom(0, Sig.NUMERIC, true);
    }

    /** Result of the same type as the argument (a NULL literal gives BIGINT, translateOutNum). */
    private static DataType firstType(Sig s) {
        return s.t(0) == TaosType.NULL ? DataType.BIGINT : s.type(0);
    }

    private interface FloatOp {
        float apply(float x);
    }

    private static Fn sameType(String name, LongUnaryOperator signed, FloatOp f, DoubleUnaryOperator d,
                               LongUnaryOperator unsigned) {
        return Fn.of(name, s -> firstType(numeric(s, 1, 1)), (a, t, r, rows, ctx) -> {
            DataType type = t.get(0);
            ColumnVector in = a[0];
            ColumnVector out;
            switch (type.type()) {
                case FLOAT -> {
                    float[] x = ((FloatVector) in).values();
                    float[] o = new float[rows];
                    for (int i = 0; i < rows; i++) {
                        o[i] = f.apply(x[i]);
                    }
                    out = FloatVector.wrap(o, rows);
                }
                case DOUBLE -> {
                    double[] x = ((DoubleVector) in).values();
                    double[] o = new double[rows];
                    for (int i = 0; i < rows; i++) {
                        o[i] = d.applyAsDouble(x[i]);
                    }
                    out = DoubleVector.wrap(o, rows);
                }
                default -> {
                    long[] x = Kernels.longs(in, type, rows);
                    long[] o = new long[rows];
                    LongUnaryOperator op = type.type().isUnsigned() ? unsigned : signed;
                    for (int i = 0; i < rows; i++) {
                        o[i] = op.applyAsLong(x[i]);
                    }
                    out = Casts.fromLongs(o, false, type, rows);
                }
            }
            return Vec.copyNulls(in, out, rows);
        });
    }

    /** C {@code round}: halves away from zero. */
    static double cRound(double x) {
        double a = Math.abs(x);
        double t = Math.floor(a);
        if (a - t >= 0.5) {
            t += 1;
        }
        return Math.copySign(t, x);
    }

    static double cTrunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    private static Fn round() {
        Fn one = sameType("round", x -> x, x -> (float) cRound(x) + 0f, x -> cRound(x) + 0.0,
                LongUnaryOperator.identity());
        Fn two = withDigits("round", 1, 2, MathFunctions::cRound);
        return Fn.of("round", s -> firstType(numeric(s, 1, 2)), (a, t, r, rows, ctx) -> a.length == 1
                ? one.evaluator().eval(a, t, r, rows, ctx) : two.evaluator().eval(a, t, r, rows, ctx));
    }

    private static Fn truncate(String name, int min, int max) {
        Fn fn = withDigits(name, min, max, MathFunctions::cTrunc);
        return Fn.of(name, fn.binder(), (a, t, r, rows, ctx) -> {
            if (a.length == 1) {
                ColumnVector zero = io.taos4j.server.query.Values.constant(0L, DataType.BIGINT, rows);
                return fn.evaluator().eval(new ColumnVector[] {a[0], zero}, List.of(t.get(0), DataType.BIGINT), r,
                        rows, ctx);
            }
            return fn.evaluator().eval(a, t, r, rows, ctx);
        });
    }

    /** ROUND/TRUNCATE with a digits argument (TDengine's {@code decimalFn}): scale by 10^d, apply, scale back. */
    private static Fn withDigits(String name, int min, int max, DoubleUnaryOperator fn) {
        return Fn.of(name, s -> firstType(numeric(s, min, max)), (a, t, r, rows, ctx) -> {
            DataType type = t.get(0);
            ColumnVector x = a[0];
            ColumnVector digits = a[1];
            double[] dg = Kernels.doubles(digits, t.get(1), rows);
            boolean[] nul = new boolean[rows];
            ColumnVector out;
            if (type.type() == TaosType.FLOAT) {
                float[] in = ((FloatVector) x).values();
                float[] o = new float[rows];
                for (int i = 0; i < rows; i++) {
                    float v = in[i];
                    float res = v;
                    if (!Float.isInfinite(v)) {
                        float scale = (float) Math.pow(10, (float) dg[i]);
                        float scaled = v * scale;
                        res = dg[i] < 0 || !Float.isInfinite(scaled) ? (float) fn.applyAsDouble(scaled) / scale : v;
                    }
                    o[i] = res;
                    nul[i] = Float.isNaN(res) || Float.isInfinite(res);
                }
                out = FloatVector.wrap(o, rows);
            } else {
                double[] in = Kernels.doubles(x, type, rows);
                double[] o = new double[rows];
                for (int i = 0; i < rows; i++) {
                    o[i] = decimalFn(in[i], dg[i], fn);
                    nul[i] = type.type() == TaosType.DOUBLE && (Double.isNaN(o[i]) || Double.isInfinite(o[i]));
                }
                out = type.type() == TaosType.DOUBLE ? DoubleVector.wrap(o, rows) : Casts.fromDoubles(o, type, rows);
            }
            for (int i = 0; i < rows; i++) {
                if (nul[i] || x.isNull(i) || digits.isNull(i)) {
                    Vec.setNull(out, i);
                }
            }
            return out;
        });
    }

    private static double decimalFn(double v, double digits, DoubleUnaryOperator fn) {
        if (Double.isInfinite(v)) {
            return v;
        }
        double scale = Math.pow(10, digits);
        if (digits < 0) {
            return fn.applyAsDouble(v * scale) / scale;
        }
        double scaled = v * scale;
        if (Double.isInfinite(scaled)) {
            return v;
        }
        return fn.applyAsDouble(scaled) / scale;
    }

    /** One numeric argument, DOUBLE result. */
    private static Fn unary(String name, DoubleUnaryOperator f) {
        return Fn.of(name, s -> {
            numeric(s, 1, 1);
            return DataType.DOUBLE;
        }, (a, t, r, rows, ctx) -> {
            double[] x = Kernels.doubles(a[0], t.get(0), rows);
            double[] o = new double[rows];
            for (int i = 0; i < rows; i++) {
                o[i] = f.applyAsDouble(x[i]);
            }
            return nullUnlessFinite(o, rows, a);
        });
    }

    private static DoubleVector nullUnlessFinite(double[] o, int rows, ColumnVector... inputs) {
        DoubleVector v = DoubleVector.wrap(o, rows);
        for (int i = 0; i < rows; i++) {
            if (Double.isNaN(o[i]) || Double.isInfinite(o[i]) || Vec.anyNull(inputs, i)) {
                v.setNull(i);
            }
        }
        return v;
    }

    private static Fn binary(String name, DoubleBinaryOperator f) {
        return Fn.of(name, s -> {
            numeric(s, 2, 2);
            return DataType.DOUBLE;
        }, (a, t, r, rows, ctx) -> binaryEval(a, t, rows, f));
    }

    private static DoubleVector binaryEval(ColumnVector[] a, List<DataType> t, int rows, DoubleBinaryOperator f) {
        double[] x = Kernels.doubles(a[0], t.get(0), rows);
        double[] y = Kernels.doubles(a[1], t.get(1), rows);
        double[] o = new double[rows];
        for (int i = 0; i < rows; i++) {
            o[i] = f.applyAsDouble(x[i], y[i]);
        }
        return nullUnlessFinite(o, rows, a);
    }

    /** LOG(x) is ln; LOG(x, base) follows TDengine's {@code tlog2}. */
    private static Fn log() {
        return Fn.of("log", s -> {
            numeric(s, 1, 2);
            return DataType.DOUBLE;
        }, (a, t, r, rows, ctx) -> {
            if (a.length == 1) {
                double[] x = Kernels.doubles(a[0], t.get(0), rows);
                double[] o = new double[rows];
                for (int i = 0; i < rows; i++) {
                    o[i] = Math.log(x[i]);
                }
                return nullUnlessFinite(o, rows, a);
            }
            return binaryEval(a, t, rows, (v, base) -> {
                double x = Math.log(v);
                double b = Math.log(base);
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    return x;
                } else if (Double.isNaN(b) || Double.isInfinite(b)) {
                    return b;
                } else if (b == 0) {
                    return Double.POSITIVE_INFINITY;
                }
                return x / b;
            });
        });
    }

    /**
     * RAND([seed]): glibc's {@code rand()} after {@code srand(seed)}, divided by RAND_MAX; a constant seed is set once
     * per batch, a column seed before every row (TDengine's {@code randFunction}); NULL seeds are skipped.
     */
    private static Fn rand() {
        return new Fn("rand", s -> {
            s.count(0, 1);
            if (s.n() == 1) {
                s.check(0, Sig.INTEGER, true);
            }
            return DataType.DOUBLE;
        }, MathFunctions::randEval, false, false);
    }

    private static ColumnVector randEval(ColumnVector[] a, List<DataType> t, DataType r, int rows, EvalContext ctx) {
        GlibcRandom random = new GlibcRandom(a.length == 0
                ? (int) java.util.concurrent.ThreadLocalRandom.current().nextLong() : 1);
        double[] o = new double[rows];
        boolean constantSeed = a.length == 1 && rows > 0 && sameSeed(a[0], t.get(0), rows);
        for (int i = 0; i < rows; i++) {
            if (a.length == 1 && !a[0].isNull(i) && (i == 0 || !constantSeed)) {
                random.seed((int) Vec.longAt(a[0], t.get(0), i));
            }
            o[i] = (double) (random.next() % GlibcRandom.RAND_MAX) / GlibcRandom.RAND_MAX;
        }
        return DoubleVector.wrap(o, rows);
    }

    /** A seed vector holding one value in every row is treated as TDengine's constant seed. */
    private static boolean sameSeed(ColumnVector v, DataType type, int rows) {
        if (v.hasNulls()) {
            return false;
        }
        long first = Vec.longAt(v, type, 0);
        for (int i = 1; i < rows; i++) {
            if (Vec.longAt(v, type, i) != first) {
                return false;
            }
        }
        return true;
    }

    /** glibc's TYPE_3 additive feedback generator behind {@code srand}/{@code rand}. */
    static final class GlibcRandom {
        static final int RAND_MAX = Integer.MAX_VALUE;
        /** r[i mod 34] of the sequence r[i] = r[i-31] + r[i-3]. */
        private final int[] r = new int[34];
        private int pos;

        GlibcRandom(int seed) {
            seed(seed);
        }

        void seed(int seed) {
            int word = seed == 0 ? 1 : seed;
            r[0] = word;
            for (int i = 1; i < 31; i++) {
                long hi = word / 127773;
                long lo = word % 127773;
                long w = 16807 * lo - 2836 * hi;
                if (w < 0) {
                    w += 2147483647;
                }
                word = (int) w;
                r[i] = word;
            }
            for (int i = 31; i < 34; i++) {
                r[i] = r[i - 31];
            }
            pos = 0;
            for (int i = 34; i < 344; i++) {
                step();
            }
        }

        private int step() {
            int v = r[(pos + 3) % 34] + r[(pos + 31) % 34];
            r[pos] = v;
            pos = (pos + 1) % 34;
            return v;
        }

        int next() {
            return step() >>> 1;
        }
    }
}
