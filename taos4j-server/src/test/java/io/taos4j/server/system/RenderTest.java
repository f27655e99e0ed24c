package io.taos4j.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.type.DataType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Value and type renderings of tdengine-sql.md §12.3–§12.4 and C's printf formats. */
class RenderTest {

    @ParameterizedTest
    @CsvSource({"1.5, 1.500000e+00", "2.25, 2.250000e+00", "0, 0.000000e+00", "-0.0, -0.000000e+00",
        "123456789, 1.234568e+08", "0.000123, 1.230000e-04", "9.9999999, 1.000000e+01", "-42.5, -4.250000e+01",
        "1e300, 1.000000e+300", "1e-300, 1.000000e-300", "12345675, 1.234568e+07"})
    void exponentIsCsPercentE(double v, String expected) {
        assertThat(Render.exponent(v)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1.5, 5, 1.50000", "2.25, 9, 2.250000000", "-0.0, 5, -0.00000", "0.125, 2, 0.12",
        "0.375, 2, 0.38", "-1.000001, 5, -1.00000", "123456.789, 1, 123456.8"})
    void fixedIsCsPercentF(double v, int decimals, String expected) {
        assertThat(Render.fixed(v, decimals)).isEqualTo(expected);
    }

    @Test
    void specialValues() {
        assertThat(Render.exponent(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(Render.fixed(Double.NEGATIVE_INFINITY, 5)).isEqualTo("-inf");
        assertThat(Render.fixed(Double.NaN, 5)).isEqualTo("nan");
    }

    @Test
    void floatTagsArePrintedFromTheirDoubleValue() {
        assertThat(Render.tagValue(0.1f, DataType.FLOAT)).isEqualTo("0.10000");
        assertThat(Render.sqlLiteral(0.1f, DataType.FLOAT)).isEqualTo("1.000000e-01");
        assertThat(Render.tagValue(0.1, DataType.DOUBLE)).isEqualTo("0.100000000");
    }

    @Test
    void tagValues() {
        assertThat(Render.tagValue(true, DataType.BOOL)).isEqualTo("true");
        assertThat(Render.tagValue(-1L, DataType.UBIGINT)).isEqualTo("18446744073709551615");
        assertThat(Render.tagValue(-1L, DataType.UINT)).isEqualTo("4294967295");
        assertThat(Render.tagValue(new byte[0], DataType.varbinary(4))).isEqualTo("\\x");
        assertThat(Render.tagValue(new byte[] {(byte) 0xAB, 1}, DataType.varbinary(4))).isEqualTo("\\xAB01");
        assertThat(Render.tagValue("", DataType.varchar(4))).isEmpty();
        assertThat(Render.tagValue(null, DataType.INT)).isNull();
    }

    @Test
    void sqlLiterals() {
        assertThat(Render.sqlLiteral(null, DataType.INT)).isEqualTo("NULL");
        assertThat(Render.sqlLiteral(false, DataType.BOOL)).isEqualTo("false");
        assertThat(Render.sqlLiteral("nä", DataType.nchar(5))).isEqualTo("\"nä\"");
        assertThat(Render.sqlLiteral("ab".getBytes(StandardCharsets.UTF_8), DataType.varbinary(8)))
                .isEqualTo("\"\\x6162\"");
        assertThat(Render.sqlLiteral("{\"k\":\"v\"}", DataType.JSON)).isEqualTo("{\"k\":\"v\"}");
        assertThat(Render.sqlLiteral(200L, DataType.UTINYINT)).isEqualTo("200");
    }

    @Test
    void typeNames() {
        assertThat(Render.tagType(DataType.varchar(24))).isEqualTo("VARCHAR(24)");
        assertThat(Render.tagType(DataType.nchar(5))).isEqualTo("NCHAR(5)");
        assertThat(Render.tagType(DataType.JSON)).isEqualTo("JSON(16382)");
        assertThat(Render.tagType(DataType.UTINYINT)).isEqualTo("TINYINT UNSIGNED");
        assertThat(Render.columnType(DataType.varbinary(10))).isEqualTo("VARBINARY");
        assertThat(Render.columnType(DataType.geometry(10))).isEqualTo("GEOMETRY");
        assertThat(Render.columnType(DataType.decimal(10, 2))).isEqualTo("DECIMAL(10,2)");
        assertThat(Render.columnType(DataType.decimal(30, 5))).isEqualTo("DECIMAL(30,5)");
        assertThat(Render.columnType(DataType.UINT)).isEqualTo("INT UNSIGNED");
        assertThat(Render.ddlType(DataType.geometry(64))).isEqualTo("GEOMETRY(64)");
        assertThat(Render.identifier("a`b")).isEqualTo("`a``b`");
    }
}
