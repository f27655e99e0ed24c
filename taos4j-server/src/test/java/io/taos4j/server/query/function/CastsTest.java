package io.taos4j.server.query.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Values;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** CAST (tdengine-sql.md §7.6): the conversion matrix, checks and edge values. */
class CastsTest {
    private static final String MATRIX = """
            ## UTC ms
            # ---- integers wrap, floats truncate (x86 casts) ----
            cast(127 as tinyint) | tinyint | 127
            cast(128 as tinyint) | tinyint | -128
            cast(-129 as tinyint) | tinyint | 127
            cast(65536 as smallint) | smallint | 0
            cast(70000 as smallint unsigned) | smallint unsigned | 4464
            cast(-1 as tinyint unsigned) | tinyint unsigned | 255
            cast(-1 as bigint unsigned) | bigint unsigned | 18446744073709551615
            cast({bigint unsigned: 18446744073709551615} as bigint) | bigint | -1
            cast({bigint unsigned: 18446744073709551615} as double) | double | 1.8446744073709552E19
            cast({int unsigned: 4294967295} as int) | int | -1
            cast({int unsigned: 4294967295} as bigint) | bigint | 4294967295
            cast(ts'2024-01-01 00:00:00' as int) | int | -1034816512
            cast(-1.5 as int) | int | -1
            cast(1.9 as bigint) | bigint | 1
            cast(300.7 as tinyint) | tinyint | 44
            cast(1e20 as bigint) | bigint | -9223372036854775808
            cast(1e10 as int) | int | -2147483648
            cast(-1.0 as int unsigned) | int unsigned | 4294967295
            cast(-1.0 as bigint unsigned) | bigint unsigned | 18446744073709551615
            cast(1e19 as bigint unsigned) | bigint unsigned | 10000000000000000000
            cast({float: 2.5} as int) | int | 2
            cast(3.7 as float) | float | 3.7
            cast({float: 0.1} as double) | double | 0.10000000149011612
            cast({tinyint: -3} as double) | double | -3.0
            # ---- BOOL ----
            cast(true as int) | int | 1
            cast(0 as bool) | bool | false
            cast(2 as bool) | bool | true
            cast(0.5 as bool) | bool | true
            cast(true as double) | double | 1.0
            cast(true as varchar(10)) | varchar(10) | true
            cast(false as varchar(3)) | varchar(3) | fal
            cast(true as nchar(10)) | nchar(10) | true
            cast(true as timestamp) | timestamp | 1970-01-01T00:00:00.001Z
            # ---- TIMESTAMP ----
            cast(1704067200000 as timestamp) | timestamp | 2024-01-01T00:00:00Z
            cast(1.5 as timestamp) | timestamp | 1970-01-01T00:00:00.001Z
            cast(ts'2024-01-01 00:00:00' as double) | double | 1.7040672E12
            cast(ts'2024-01-01 00:00:00' as nchar(20)) | nchar(20) | 1704067200000
            cast('2024-01-01T00:00:00+08:00' as timestamp) | timestamp | 2023-12-31T16:00:00Z
            cast('2024-01-01 00:00:00.123' as timestamp) | timestamp | 2024-01-01T00:00:00.123Z
            cast('abc' as timestamp) | timestamp | 1970-01-01T00:00:00Z
            cast('1704067200000' as timestamp) | timestamp | 1970-01-01T00:00:00Z
            # ---- text to numbers: strtol/strtod prefixes ----
            cast('12abc' as int) | int | 12
            cast(' 42' as bigint) | bigint | 42
            cast('-7' as tinyint) | tinyint | -7
            cast('300' as tinyint) | tinyint | 44
            cast('1.9' as int) | int | 1
            cast('1e3' as int) | int | 1
            cast('1e3' as double) | double | 1000.0
            cast('0x1F' as int) | int | 0
            cast('0x1F' as double) | double | 31.0
            cast('abc' as double) | double | 0.0
            cast('.5' as double) | double | 0.5
            cast('-1' as int unsigned) | int unsigned | 4294967295
            cast('-1' as bigint unsigned) | bigint unsigned | 18446744073709551615
            cast('-1' as tinyint unsigned) | tinyint unsigned | 255
            cast('99999999999999999999' as bigint) | bigint | 9223372036854775807
            cast('-99999999999999999999' as bigint) | bigint | -9223372036854775808
            cast('99999999999999999999' as bigint unsigned) | bigint unsigned | 18446744073709551615
            cast('3.5' as float) | float | 3.5
            cast('true' as bool) | bool | false
            cast('1' as bool) | bool | true
            cast('256' as bool) | bool | false
            cast({nchar(5): '12'} as int) | int | 12
            cast([varchar(5): '1', null, 'x'] as int) | int | 1 ; NULL ; 0
            cast(null as int) | int | NULL
            # ---- to text: %d, %.6g for FLOAT, %.15g for DOUBLE, cut to the length ----
            cast(1.5 as varchar(10)) | varchar(10) | 1.5
            cast(0.1 as varchar(20)) | varchar(20) | 0.1
            cast(1e20 as varchar(30)) | varchar(30) | 1e+20
            cast(0.00001 as varchar(30)) | varchar(30) | 1e-05
            cast(123456789.123 as varchar(30)) | varchar(30) | 123456789.123
            cast(-0.0 as varchar(5)) | varchar(5) | -0
            cast({float: 1.1} as varchar(20)) | varchar(20) | 1.1
            cast({float: 1234567.0} as varchar(20)) | varchar(20) | 1.23457e+06
            cast(12345 as varchar(3)) | varchar(3) | 123
            cast({bigint unsigned: 18446744073709551615} as varchar(30)) | varchar(30) | 18446744073709551615
            cast({tinyint unsigned: 255} as varchar(5)) | varchar(5) | 255
            cast(1.5 as nchar(2)) | nchar(2) | 1.
            cast({nchar(4): 'äbcd'} as varchar(3)) | varchar(3) | äb
            cast('äbc' as nchar(2)) | nchar(2) | ä
            cast({nchar(5): 'abcde'} as nchar(3)) | nchar(3) | abc
            cast('abc' as varbinary(2)) | varbinary(2) | \\x6162
            cast('POINT(1 2)' as geometry(30)) | geometry(30) | \\x0101000000000000000000F03F0000000000000040
            cast(st_geomfromtext('POINT(1 2)') as varchar(40)) | varchar(40) | POINT (1.000000 2.000000)
            # ---- DECIMAL: half away from zero, overflow is an error ----
            cast(1.005 as decimal(10,2)) | decimal(10,2) | 1.01
            cast(-1.005 as decimal(10,2)) | decimal(10,2) | -1.01
            cast('12.345abc' as decimal(10,2)) | decimal(10,2) | 12.35
            cast('abc' as decimal(10,2)) | decimal(10,2) | 0.00
            cast(1 as decimal(30,4)) | decimal(30,4) | 1.0000
            cast(true as decimal(5,1)) | decimal(5,1) | 1.0
            cast({decimal(10,2): 1.5} as int) | int | 2
            cast({decimal(10,2): -2.5} as bigint) | bigint | -3
            cast({decimal(10,2): 1.25} as double) | double | 1.25
            cast({decimal(10,2): 1.5} as varchar(10)) | varchar(10) | 1.50
            cast({decimal(20,3): 1.55} as decimal(10,1)) | decimal(10,1) | 1.6
            cast(123456789 as decimal(5,2)) | ERR | 0x013D Decimal value overflow
            # ---- refused conversions ----
            cast({varbinary(4): 'ab'} as varchar(4)) | ERR | 0x2802 Invalid parameter data type : cast
            cast({varbinary(4): 'ab'} as int) | ERR | 0x2802 Invalid parameter data type : cast
            cast(1 as varbinary(4)) | ERR | 0x2802 Invalid parameter data type : cast
            cast({nchar(2): 'a'} as varbinary(4)) | ERR | 0x2802 Invalid parameter data type : cast
            cast(st_makepoint(1, 2) as int) | ERR | 0x2802 Invalid parameter data type : cast
            cast(1 as geometry(30)) | ERR | 0x2802 Invalid parameter data type : cast
            cast({json: '{"a":1}'} as varchar(10)) | ERR | 0x2802 Invalid parameter data type : cast
            cast('a' as json) | ERR | 0x2802 Invalid parameter data type : cast
            cast('a' as varchar(65518)) | ERR | 0x2800 CAST function converted length should be in range (0, 65517] bytes
            cast('a' as nchar(16380)) | ERR | 0x2800 CAST function converted length should be in range (0, 16379] NCHARS
            cast('a' as varchar(0)) | ERR | 0x2800 CAST function converted length should be in range (0, 65517] bytes
            cast('not wkt' as geometry(30)) | ERR | 0x2803 Invalid function para value

            ## Asia/Shanghai ms
            cast('2024-03-01 00:00:00' as timestamp) | timestamp | 2024-02-29T16:00:00Z
            cast('2024-01-01' as timestamp) | timestamp | 2023-12-31T16:00:00Z

            ## UTC us
            cast('2024-01-01 00:00:00.123456' as timestamp) | timestamp | 2024-01-01T00:00:00.123456Z
            cast(ts'2024-01-01 00:00:00.000001' as bigint) | bigint | 1704067200000001
            cast(1704067200000001 as timestamp) | timestamp | 2024-01-01T00:00:00.000001Z

            ## UTC ns
            cast('2024-01-01 00:00:00.123456789' as timestamp) | timestamp | 2024-01-01T00:00:00.123456789Z
            cast(ts'2024-01-01 00:00:00.000000001' as varchar(20)) | varchar(20) | 1704067200000000001
            """;

    static Stream<Arguments> matrix() {
        return Corpus.parse(MATRIX);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void cast(Corpus.Case c) {
        Corpus.check(c);
    }

    @ParameterizedTest
    @CsvSource({"BOOL", "TINYINT", "SMALLINT", "INT", "BIGINT", "TINYINT UNSIGNED", "SMALLINT UNSIGNED",
        "INT UNSIGNED", "BIGINT UNSIGNED", "FLOAT", "DOUBLE", "TIMESTAMP", "VARCHAR(10)", "NCHAR(10)",
        "'DECIMAL(10,2)'", "'DECIMAL(30,5)'"})
    void everyScalarTypeCastsToEveryOtherScalarType(String fromName) {
        DataType from = Calls.parseType(fromName);
        String[] targets = {"bool", "tinyint", "smallint", "int", "bigint", "tinyint unsigned", "smallint unsigned",
            "int unsigned", "bigint unsigned", "float", "double", "timestamp", "varchar(20)", "nchar(20)",
            "decimal(20,2)"};
        Object value = switch (from.type()) {
            case BOOL -> Boolean.TRUE;
            case FLOAT -> 7.25f;
            case DOUBLE -> 7.25;
            case VARCHAR, NCHAR -> "7";
            case DECIMAL, DECIMAL64 -> new java.math.BigDecimal("7.25");
            default -> 7L;
        };
        EvalContext ctx = Calls.ctx("Etc/UTC", "ms");
        for (String t : targets) {
            DataType to = Calls.parseType(t);
            assertThatCode(() -> Casts.checkCast(from, to)).as("%s -> %s", from, to).doesNotThrowAnyException();
            ColumnVector in = Values.allocate(from, 3);
            Values.append(in, value, from);
            in.appendNull();
            Values.append(in, value, from);
            ColumnVector out = Casts.cast(in, from, to, 3, ctx);
            assertThat(out.size()).isEqualTo(3);
            assertThat(out.type()).isEqualTo(to.type());
            assertThat(out.isNull(1)).as("%s -> %s keeps NULL", from, to).isTrue();
            assertThat(out.isNull(0)).isFalse();
            assertThat(Values.get(out, 0, to)).isEqualTo(Values.get(out, 2, to));
        }
    }

    @Test
    void sameTypeReturnsTheInput() {
        ColumnVector v = Values.constant(5L, DataType.INT, 4);
        assertThat(Casts.cast(v, DataType.INT, DataType.INT, 4, Calls.ctx("Etc/UTC", "ms"))).isSameAs(v);
    }

    @Test
    void castValueFoldsConstants() {
        EvalContext ctx = Calls.ctx("Asia/Shanghai", "ms");
        assertThat(Casts.castValue("2024-01-01", DataType.varchar(10), DataType.TIMESTAMP, ctx))
                .isEqualTo(1704038400000L);
        assertThat(Casts.castValue(300L, DataType.BIGINT, DataType.TINYINT, ctx)).isEqualTo(44L);
        assertThat(Casts.castValue(null, DataType.BIGINT, DataType.TINYINT, ctx)).isNull();
        assertThat(Casts.castValue(1.5, DataType.DOUBLE, DataType.varchar(Casts.MAX_VARCHAR), ctx)).isEqualTo("1.5");
    }

    @Test
    void nullTypeCastsToNulls() {
        ColumnVector out = Casts.cast(null, DataType.fixed(TaosType.NULL), DataType.INT, 3,
                Calls.ctx("Etc/UTC", "ms"));
        assertThat(out.nullCount()).isEqualTo(3);
    }

    @Test
    void largeVectorsKeepNullsPastTheFirstWord() {
        int rows = 200;
        ColumnVector in = Values.allocate(DataType.DOUBLE, rows);
        for (int i = 0; i < rows; i++) {
            if (i % 7 == 3) {
                in.appendNull();
            } else {
                Values.append(in, i + 0.75, DataType.DOUBLE);
            }
        }
        ColumnVector out = Casts.cast(in, DataType.DOUBLE, DataType.SMALLINT, rows, Calls.ctx("Etc/UTC", "ms"));
        for (int i = 0; i < rows; i++) {
            assertThat(Values.get(out, i, DataType.SMALLINT)).isEqualTo(i % 7 == 3 ? null : (long) i);
        }
    }

    @Test
    void checkCastErrorsCarryTheFunctionName() {
        assertThatThrownBy(() -> Casts.checkCast(DataType.varbinary(4), DataType.varchar(4)))
                .isInstanceOf(SqlError.class).hasMessage("Invalid parameter data type : cast");
    }
}
