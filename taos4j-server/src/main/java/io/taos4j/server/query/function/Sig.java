package io.taos4j.server.query.function;

import io.taos4j.protocol.TaosType;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The bind-time view of one call: argument types and constant values, with TDengine's parameter checks
 * ({@code validateParam} in builtins.c): first the count (0x2801), then each argument's type (0x2802).
 *
 * <p>A NULL literal is an argument of type {@link TaosType#NULL}, or a VARCHAR(0) constant whose value is null (how
 * this engine types {@code NULL}); {@link #t(int)} reports it as {@link TaosType#NULL}. TDengine accepts it wherever
 * the parameter allows the NULL type (almost everywhere).
 */
final class Sig {
    static final Set<TaosType> INTEGER = EnumSet.of(TaosType.TINYINT, TaosType.SMALLINT, TaosType.INT,
            TaosType.BIGINT, TaosType.UTINYINT, TaosType.USMALLINT, TaosType.UINT, TaosType.UBIGINT);
    /** TDengine's "numeric" parameter class: integers and floats, not DECIMAL, BOOL or TIMESTAMP. */
    static final Set<TaosType> NUMERIC = union(INTEGER, EnumSet.of(TaosType.FLOAT, TaosType.DOUBLE));
    static final Set<TaosType> TEXT = EnumSet.of(TaosType.VARCHAR, TaosType.NCHAR);
    /** TDengine's "string" parameter class: VARCHAR, NCHAR and VARBINARY. */
    static final Set<TaosType> STRING = EnumSet.of(TaosType.VARCHAR, TaosType.NCHAR, TaosType.VARBINARY);
    /** A timestamp given as ticks, as text, or as a TIMESTAMP value ({@code FUNC_PARAM_SUPPORT_UNIX_TS_TYPE}). */
    static final Set<TaosType> UNIX_TS = union(INTEGER, EnumSet.of(TaosType.VARCHAR, TaosType.NCHAR,
            TaosType.TIMESTAMP));

    final String name;
    private final List<DataType> types;
    private final List<Object> constants;

    Sig(String name, List<DataType> types, List<Object> constants) {
        this.name = name;
        this.types = types;
        this.constants = constants;
    }

    static Set<TaosType> union(Set<TaosType> a, Set<TaosType> b) {
        EnumSet<TaosType> s = EnumSet.noneOf(TaosType.class);
        s.addAll(a);
        s.addAll(b);
        return s;
    }

    int n() {
        return types.size();
    }

    DataType type(int i) {
        return types.get(i);
    }

    /** The argument's wire type, {@link TaosType#NULL} for a NULL literal. */
    TaosType t(int i) {
        return isNull(i) ? TaosType.NULL : types.get(i).type();
    }

    boolean isNull(int i) {
        return isNullLiteral(types.get(i), constant(i));
    }

    static boolean isNullLiteral(DataType type, Object constant) {
        return type.type() == TaosType.NULL
                || constant == null && type.type() == TaosType.VARCHAR && type.length() == 0;
    }

    boolean isConstant(int i) {
        return constant(i) != ScalarFunction.NOT_CONSTANT;
    }

    /** The constant value of argument {@code i}, {@link ScalarFunction#NOT_CONSTANT} when it is not a constant. */
    Object constant(int i) {
        if (constants == null || i >= constants.size()) {
            return ScalarFunction.NOT_CONSTANT;
        }
        return constants.get(i);
    }

    /** The constant's value as a long, or null when it is not a constant integer. */
    Long constantLong(int i) {
        Object v = constant(i);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof DurationLiteral d) {
            return d.amount();
        }
        return null;
    }

    Sig count(int min, int max) {
        if (n() < min || max >= 0 && n() > max) {
            throw FunctionErrors.paraNum(name);
        }
        return this;
    }

    /** Checks argument {@code i} against {@code allowed}; a NULL literal passes when {@code nullOk}. */
    Sig check(int i, Set<TaosType> allowed, boolean nullOk) {
        TaosType t = t(i);
        if (t == TaosType.NULL ? !nullOk : !allowed.contains(t)) {
            throw typeError();
        }
        return this;
    }

    /** Checks arguments {@code [from, n)}. */
    Sig checkFrom(int from, Set<TaosType> allowed, boolean nullOk) {
        for (int i = from; i < n(); i++) {
            check(i, allowed, nullOk);
        }
        return this;
    }

    /** A parameter that TDengine only accepts as a literal (a VALUE node). */
    Sig requireConstant(int i) {
        if (!isConstant(i)) {
            throw typeError();
        }
        return this;
    }

    SqlError typeError() {
        return FunctionErrors.paraType(name);
    }

    boolean anyNull() {
        for (int i = 0; i < n(); i++) {
            if (isNull(i)) {
                return true;
            }
        }
        return false;
    }
}
