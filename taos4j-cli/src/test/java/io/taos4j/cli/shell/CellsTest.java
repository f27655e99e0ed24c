package io.taos4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.protocol.Precision;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Numbers and timestamps as the taos shell writes them. */
class CellsTest {

    @Test
    void floatsAndDoublesWithSignificantDigitsLikePrintfG() {
        assertThat(Cells.significant(10.3f, 6)).isEqualTo("10.3");
        assertThat(Cells.significant(58.508896f, 6)).isEqualTo("58.5089");
        assertThat(Cells.significant(0.5, 15)).isEqualTo("0.5");
        assertThat(Cells.significant(1.0 / 3, 15)).isEqualTo("0.333333333333333");
        assertThat(Cells.significant(1e20, 15)).isEqualTo("1e+20");
        assertThat(Cells.significant(1234567f, 6)).isEqualTo("1.23457e+06");
        assertThat(Cells.significant(-0.0001234, 6)).isEqualTo("-0.0001234");
        assertThat(Cells.significant(0.00001234, 6)).isEqualTo("1.234e-05");
        assertThat(Cells.significant(100, 6)).isEqualTo("100");
        assertThat(Cells.significant(999999.5, 6)).isEqualTo("1e+06");
        assertThat(Cells.significant(0, 6)).isEqualTo("0");
        assertThat(Cells.significant(Double.NaN, 6)).isEqualTo("nan");
        assertThat(Cells.significant(Double.NEGATIVE_INFINITY, 6)).isEqualTo("-inf");
    }

    @Test
    void timestampsInTheShellsZoneWithThePrecisionsDigits() {
        Cells utc = new Cells(new ShellSettings().zone(ZoneId.of("UTC")));
        assertThat(utc.timestamp(1_700_000_000_123L, Precision.MILLISECONDS)).isEqualTo("2023-11-14 22:13:20.123");
        assertThat(utc.timestamp(1_700_000_000_000_007L, Precision.MICROSECONDS))
                .isEqualTo("2023-11-14 22:13:20.000007");
        assertThat(utc.timestamp(-1L, Precision.NANOSECONDS)).isEqualTo("1969-12-31 23:59:59.999999999");
        Cells shanghai = new Cells(new ShellSettings().zone(ZoneId.of("Asia/Shanghai")));
        assertThat(shanghai.timestamp(0, Precision.MILLISECONDS)).isEqualTo("1970-01-01 08:00:00.000");
        Cells raw = new Cells(new ShellSettings().rawTime(true));
        assertThat(raw.timestamp(1_700_000_000_123L, Precision.MILLISECONDS)).isEqualTo("1700000000123");
    }
}
