package io.taos4j.server.query.function;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * GREATEST/LEAST (3.3.6; tdengine-sql.md §7.4, builtins.c {@code translateGreatestleast}). The comparison type is
 * the result type: numbers (with BOOL and TIMESTAMP) combine by TDengine's conversion table ({@code 1, 2.5} is
 * DOUBLE, {@code 1, 2} BIGINT); once a string takes part everything is compared as strings
 * ({@code compareAsStrInGreatest} = 1, the default), with at least 23 characters of room for numbers rendered as
 * text ({@code greatest(1, '2')} is VARCHAR(23) {@code '2'}). Any NULL gives NULL.
 */
final class GreatestLeast {
    /** NUMERIC_TO_STRINGS_LEN in builtins.c, in TDengine's bytes (length + 2). */
    private static final int NUMBER_AS_TEXT_BYTES = 25;
    private static final Set<TaosType> MATHABLE = Sig.union(Sig.NUMERIC, EnumSet.of(TaosType.BOOL,
            TaosType.TIMESTAMP));
    private static final Set<TaosType> ALLOWED = Sig.union(MATHABLE, Sig.TEXT);

    private GreatestLeast() {
    }

    static List<Fn> all() {
        return List.of(Fn.of("greatest", GreatestLeast::bind, (a, t, r, rows, ctx) -> eval(a, t, r, rows, ctx, true)),
                Fn.of("least", GreatestLeast::bind, (a, t, r, rows, ctx) -> eval(a, t, r, rows, ctx, false)));
    }

    private static DataType bind(Sig s) {
        s.count(2, -1).checkFrom(0, ALLOWED, true);
        TaosType type = null;
        int bytes = 0;
        for (int i = 0; i < s.n(); i++) {
            TaosType p = s.t(i);
            if (p == TaosType.NULL) {
                return DataType.varchar(0);
            }
            int pBytes = Vec.bytes(s.type(i));
            if (type == null) {
                type = p;
                bytes = pBytes;
            } else if (MATHABLE.contains(p)) {
                if (type == p) {
                    continue;
                }
                if (MATHABLE.contains(type)) {
                    TaosType c = convertType(type, p);
                    type = c == null ? type : c;
                    bytes = type.fixedSize();
                } else {
                    bytes = Math.max(bytes, NUMBER_AS_TEXT_BYTES);
                }
            } else if (type == TaosType.VARCHAR || type == TaosType.NCHAR) {
                TaosType c = convertType(type, p);
                type = c == null ? type : c;
                bytes = Math.max(bytes, pBytes);
            } else {
                type = p;
                bytes = Math.max(pBytes, NUMBER_AS_TEXT_BYTES);
            }
        }
        return type.isVarLength() ? Vec.ofBytes(type, bytes) : DataType.fixed(type);
    }

    /**
     * TDengine's {@code gConvertTypes} for the types GREATEST accepts: the common type of two different types, or
     * null when the first one is kept.
     */
    static TaosType convertType(TaosType a, TaosType b) {
        if (a == b) {
            return null;
        }
        if (a.isText() || b.isText()) {
            // only text with text reaches here (numbers with text compare as text): VARCHAR + NCHAR is VARCHAR
            return TaosType.VARCHAR;
        }
        if (a == TaosType.DOUBLE || b == TaosType.DOUBLE) {
            return TaosType.DOUBLE;
        }
        if (a == TaosType.FLOAT || b == TaosType.FLOAT) {
            return TaosType.FLOAT;
        }
        if (a == TaosType.TIMESTAMP || b == TaosType.TIMESTAMP) {
            return a == TaosType.UBIGINT || b == TaosType.UBIGINT ? TaosType.DOUBLE : TaosType.TIMESTAMP;
        }
        if (a == TaosType.BOOL || b == TaosType.BOOL) {
            return a == TaosType.BOOL ? b : a;
        }
        boolean ua = a.isUnsigned();
        boolean ub = b.isUnsigned();
        if (ua == ub) {
            return a.fixedSize() >= b.fixedSize() ? a : b;
        }
        TaosType signed = ua ? b : a;
        TaosType unsigned = ua ? a : b;
        if (unsigned == TaosType.UBIGINT) {
            return TaosType.DOUBLE;
        }
        // a signed type one size up holds the unsigned one (gConvertTypes: TINY+UTINY → SMALLINT, INT+UINT → BIGINT)
        int need = Math.max(signed.fixedSize(), unsigned.fixedSize() * 2);
        return need <= 2 ? TaosType.SMALLINT : need <= 4 ? TaosType.INT : TaosType.BIGINT;
    }

    private static ColumnVector eval(ColumnVector[] a, List<DataType> t, DataType r, int rows, EvalContext ctx,
                                     boolean greatest) {
        int n = a.length;
        ColumnVector[] conv = new ColumnVector[n];
        for (int j = 0; j < n; j++) {
            conv[j] = r.isVarLength() ? toText(a[j], t.get(j), r, rows) : Casts.cast(a[j], t.get(j), r, rows, ctx);
        }
        ColumnVector out = Values.allocate(r, rows);
        for (int i = 0; i < rows; i++) {
            if (Vec.anyNull(conv, i)) {
                out.appendNull();
                continue;
            }
            Object best = Values.get(conv[0], i, r);
            for (int j = 1; j < n; j++) {
                Object v = Values.get(conv[j], i, r);
                int c = Values.compare(best, v, r);
                if (greatest ? c <= 0 : c >= 0) {
                    best = v;
                }
            }
            Values.append(out, best, r);
        }
        return out;
    }

    /** Numbers as {@code vectorConvertToVarData} writes them: integers, BOOL 1/0, ticks, floats with {@code %lf}. */
    private static ColumnVector toText(ColumnVector v, DataType type, DataType r, int rows) {
        if (type.type().isText()) {
            return v;
        }
        ColumnVector out = Values.allocate(r, rows);
        for (int i = 0; i < rows; i++) {
            if (v.isNull(i)) {
                out.appendNull();
                continue;
            }
            String s = switch (type.type()) {
                case FLOAT, DOUBLE -> CNumbers.formatF(Vec.doubleAt(v, type, i), 6);
                case UBIGINT -> Long.toUnsignedString(Vec.longAt(v, type, i));
                default -> Long.toString(Vec.longAt(v, type, i));
            };
            Values.append(out, s, r);
        }
        return out;
    }
}
