package io.taos4j.server.query.series;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HISTOGRAM's bound and share formatting follows C's {@code %g} and {@code %lf} (builtinsimpl.c histogramFinalize). */
class HistogramFormatTest {

    @Test
    void gUsesSixSignificantDigitsWithoutTrailingZeros() {
        assertThat(HistogramFunction.g(0)).isEqualTo("0");
        assertThat(HistogramFunction.g(1)).isEqualTo("1");
        assertThat(HistogramFunction.g(2.5)).isEqualTo("2.5");
        assertThat(HistogramFunction.g(-4)).isEqualTo("-4");
        assertThat(HistogramFunction.g(123456.7)).isEqualTo("123457");
        assertThat(HistogramFunction.g(100000)).isEqualTo("100000");
        assertThat(HistogramFunction.g(0.0001)).isEqualTo("0.0001");
        assertThat(HistogramFunction.g(0.1 * 0.1)).isEqualTo("0.01");
        assertThat(HistogramFunction.g(1.0 / 3)).isEqualTo("0.333333");
    }

    @Test
    void gSwitchesToExponentFormOutsideTheFixedRange() {
        assertThat(HistogramFunction.g(1_000_000)).isEqualTo("1e+06");
        assertThat(HistogramFunction.g(999_999.5)).isEqualTo("1e+06");
        assertThat(HistogramFunction.g(1_234_567)).isEqualTo("1.23457e+06");
        assertThat(HistogramFunction.g(0.00001)).isEqualTo("1e-05");
        assertThat(HistogramFunction.g(-2.5e-7)).isEqualTo("-2.5e-07");
        assertThat(HistogramFunction.g(1e300)).isEqualTo("1e+300");
        assertThat(HistogramFunction.g(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(HistogramFunction.g(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void sharesHaveSixDecimals() {
        assertThat(HistogramFunction.fixed6(2.0 / 3)).isEqualTo("0.666667");
        assertThat(HistogramFunction.fixed6(0)).isEqualTo("0.000000");
        assertThat(HistogramFunction.fixed6(1)).isEqualTo("1.000000");
    }
}
