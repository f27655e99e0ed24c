package io.taos4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terminal columns of text and fitting values into table cells, as taos does. */
class DisplayWidthTest {

    @Test
    void wideCharactersTakeTwoColumnsAndCombiningMarksNone() {
        assertThat(DisplayWidth.of("abc")).isEqualTo(3);
        assertThat(DisplayWidth.of("中文")).isEqualTo(4);
        assertThat(DisplayWidth.of("한국어")).isEqualTo(6);
        assertThat(DisplayWidth.of("ｆｕｌｌ")).isEqualTo(8);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("😀")).isEqualTo(2);
        assertThat(DisplayWidth.of("nä")).isEqualTo(2);
    }

    @Test
    void fitPadsOrCutsWithDots() {
        assertThat(DisplayWidth.fit("abc", 6, false)).isEqualTo("abc   ");
        assertThat(DisplayWidth.fit("42", 6, true)).isEqualTo("    42");
        assertThat(DisplayWidth.fit("abcdefgh", 6, false)).isEqualTo("abc...");
        assertThat(DisplayWidth.fit("中文字符", 6, false)).isEqualTo("中... "); // a wide character does not fit
        assertThat(DisplayWidth.fit("中文字符", 7, false)).isEqualTo("中文...");
        assertThat(DisplayWidth.fit("中文", 4, false)).isEqualTo("中文");
        assertThat(DisplayWidth.fit("abcdef", 2, false)).isEqualTo("..");
        assertThat(DisplayWidth.fit("anything", 0, false)).isEqualTo("anything");
        assertThat(DisplayWidth.of(DisplayWidth.fit("中文字符串很长", 9, false))).isEqualTo(9);
    }
}
