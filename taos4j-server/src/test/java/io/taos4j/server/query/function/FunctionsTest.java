package io.taos4j.server.query.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The registry and the evaluation contract shared by every function (NULL literals, constant expansion). */
class FunctionsTest {
    private static final EvalContext UTC = Calls.ctx("Etc/UTC", "ms");

    @Test
    void registryHoldsTheScalarFunctionsInLowerCase() {
        assertThat(Functions.scalarNames()).contains("abs", "ceil", "floor", "round", "truncate", "sign", "acos",
                "asin", "atan", "cos", "sin", "tan", "sqrt", "log", "ln", "exp", "pow", "mod", "degrees", "radians",
                "rand", "pi", "greatest", "least", "crc32", "length", "char_length", "ascii", "position", "concat",
                "concat_ws", "lower", "upper", "ltrim", "rtrim", "trim", "substr", "substring", "substring_index",
                "replace", "repeat", "char", "to_base64", "from_base64", "md5", "sha", "sha1", "sha2", "to_iso8601",
                "to_unixtimestamp", "to_char", "to_timestamp", "to_json", "now", "today", "timezone", "timediff",
                "timetruncate", "week", "weekofyear", "weekday", "dayofweek", "database", "client_version",
                "server_version", "server_status", "current_user", "user", "st_geomfromtext", "st_astext");
        for (String name : Functions.scalarNames()) {
            assertThat(name).isEqualTo(name.toLowerCase(Locale.ROOT));
            assertThat(Functions.scalar(name).name()).isEqualTo(name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ifnull", "coalesce", "nvl", "nvl2", "nullif", "isnull", "isnotnull", "if", "cast",
        "count", "sum", "ABS"})
    void functionsThatDoNotExistIn337AreAbsent(String name) {
        assertThat(Functions.scalar(name)).isNull();
    }

    @Test
    void statementConstantsAreNotDeterministic() {
        for (String name : List.of("now", "today", "rand", "timezone", "database", "current_user", "user")) {
            assertThat(Functions.scalar(name).isDeterministic()).as(name).isFalse();
        }
        assertThat(Functions.scalar("abs").isDeterministic()).isTrue();
        assertThat(Functions.scalar("server_version").isDeterministic()).isTrue();
    }

    @Test
    void serverVersionIsTheSharedConstant() {
        Calls.Result r = Calls.eval("server_version()", UTC);
        assertThat(r.values()).containsExactly(Functions.SERVER_VERSION);
        assertThat(Functions.SERVER_VERSION).isEqualTo("3.3.8.0");
    }

    private static ColumnVector[] args(ColumnVector... v) {
        return v;
    }

    private static List<Object> eval(String name, List<DataType> types, List<Object> consts, ColumnVector[] a,
                                     int rows) {
        ScalarFunction f = Functions.scalar(name);
        DataType r = f.bind(types, consts);
        ColumnVector out = f.eval(a, types, r, rows, UTC);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            values.add(Values.get(out, i, r));
        }
        return values;
    }

    @Test
    void nullTypedArgumentsAreNullLiterals() {
        DataType nullType = DataType.fixed(TaosType.NULL);
        Object n = ScalarFunction.NOT_CONSTANT;
        assertThat(Functions.scalar("abs").bind(List.of(nullType), java.util.Arrays.asList((Object) null)))
                .isEqualTo(DataType.BIGINT);
        assertThat(eval("abs", List.of(nullType), java.util.Arrays.asList((Object) null), args((ColumnVector) null), 2))
                .containsExactly(null, null);
        // CHAR skips NULLs
        List<DataType> charTypes = List.of(DataType.BIGINT, nullType, DataType.BIGINT);
        assertThat(eval("char", charTypes, java.util.Arrays.asList(77L, null, 77L),
                args(Values.constant(77L, DataType.BIGINT, 1), null, Values.constant(77L, DataType.BIGINT, 1)), 1))
                .containsExactly("MM");
        // a NULL-typed remstr means "no remstr": spaces are trimmed
        List<DataType> trimTypes = List.of(DataType.varchar(4), nullType, DataType.varchar(3));
        assertThat(eval("trim", trimTypes, java.util.Arrays.asList("both", null, n),
                args(Values.constant("both", DataType.varchar(4), 1), null,
                        Values.constant(" a ", DataType.varchar(3), 1)), 1))
                .containsExactly("a");
        // a NULL-typed time unit is no unit
        List<DataType> diffTypes = List.of(DataType.varchar(19), DataType.varchar(10), nullType);
        assertThat(eval("timediff", diffTypes, java.util.Arrays.asList("2024-01-01 00:00:01", "2024-01-01", null),
                args(Values.constant("2024-01-01 00:00:01", DataType.varchar(19), 1),
                        Values.constant("2024-01-01", DataType.varchar(10), 1), null), 1))
                .containsExactly(1000L);
    }

    @Test
    void singleValueVectorsAreExpandedToTheRowCount() {
        ColumnVector col = Values.allocate(DataType.varchar(5), 3);
        Values.append(col, "a", DataType.varchar(5));
        col.appendNull();
        Values.append(col, "ccc", DataType.varchar(5));
        ColumnVector dash = Values.constant("-", DataType.varchar(1), 1);
        assertThat(eval("concat", List.of(DataType.varchar(5), DataType.varchar(1)),
                List.of(ScalarFunction.NOT_CONSTANT, "-"), args(col, dash), 3))
                .containsExactly("a-", null, "ccc-");
    }

    @Test
    void vectorizedMathKeepsNullsBeyondSixtyFourRows() {
        int rows = 300;
        ColumnVector in = Values.allocate(DataType.INT, rows);
        for (int i = 0; i < rows; i++) {
            if (i % 5 == 0) {
                in.appendNull();
            } else {
                Values.append(in, (long) (i % 2 == 0 ? i : -i), DataType.INT);
            }
        }
        List<DataType> types = List.of(DataType.INT);
        List<Object> consts = List.of(ScalarFunction.NOT_CONSTANT);
        List<Object> abs = eval("abs", types, consts, args(in), rows);
        List<Object> sqrt = eval("sqrt", types, consts, args(in), rows);
        List<Object> sign = eval("sign", types, consts, args(in), rows);
        for (int i = 0; i < rows; i++) {
            if (i % 5 == 0) {
                assertThat(abs.get(i)).isNull();
                assertThat(sqrt.get(i)).isNull();
                assertThat(sign.get(i)).isNull();
            } else {
                assertThat(abs.get(i)).isEqualTo((long) i);
                assertThat(sign.get(i)).isEqualTo(i % 2 == 0 ? 1L : -1L);
                assertThat(sqrt.get(i)).isEqualTo(i % 2 == 0 ? Math.sqrt(i) : null);
            }
        }
    }

    @Test
    void vectorizedStringsOverManyRows() {
        int rows = 130;
        ColumnVector in = Values.allocate(DataType.nchar(10), rows);
        for (int i = 0; i < rows; i++) {
            if (i % 9 == 4) {
                in.appendNull();
            } else {
                Values.append(in, "Ab" + "界".repeat(i % 3), DataType.nchar(10));
            }
        }
        List<DataType> types = List.of(DataType.nchar(10));
        List<Object> consts = List.of(ScalarFunction.NOT_CONSTANT);
        List<Object> len = eval("length", types, consts, args(in), rows);
        List<Object> chars = eval("char_length", types, consts, args(in), rows);
        List<Object> upper = eval("upper", types, consts, args(in), rows);
        for (int i = 0; i < rows; i++) {
            if (i % 9 == 4) {
                assertThat(len.get(i)).isNull();
                assertThat(upper.get(i)).isNull();
            } else {
                assertThat(len.get(i)).isEqualTo(4L * (2 + i % 3));
                assertThat(chars.get(i)).isEqualTo(2L + i % 3);
                assertThat(upper.get(i)).isEqualTo("AB" + "界".repeat(i % 3));
            }
        }
    }

    @Test
    void randWithAConstantSeedFollowsGlibcsSequence() {
        ColumnVector seed = Values.constant(1L, DataType.BIGINT, 3);
        List<Object> v = eval("rand", List.of(DataType.BIGINT), List.of(1L), args(seed), 3);
        assertThat(v).containsExactly(1804289383 / 2147483647.0, 846930886 / 2147483647.0,
                1681692777 / 2147483647.0);
        List<Object> free = eval("rand", List.of(), List.of(), args(), 50);
        assertThat(free).allSatisfy(x -> assertThat((Double) x).isBetween(0.0, 1.0));
    }

    @Test
    void randWithAColumnSeedReseedsEveryRow() {
        ColumnVector seed = Values.allocate(DataType.INT, 3);
        Values.append(seed, 1L, DataType.INT);
        Values.append(seed, 2L, DataType.INT);
        Values.append(seed, 1L, DataType.INT);
        List<Object> v = eval("rand", List.of(DataType.INT), List.of(ScalarFunction.NOT_CONSTANT), args(seed), 3);
        assertThat(v.get(0)).isEqualTo(v.get(2)).isEqualTo(1804289383 / 2147483647.0);
        assertThat(v.get(1)).isNotEqualTo(v.get(0));
    }
}
