package io.taos4j.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "meters|METERS|true", "meters|met%|true", "meters|%ter%|true", "meters|%|true", "''|%|true",
        "meters|m_ters|true", "meters|m_ter|false", "meters|meter|false", "meters|%s|true", "meters|%x%|false",
        "d_1|d\\_1|true", "dx1|d\\_1|false", "50%|50\\%|true", "500|50\\%|false", "aaab|%a%b|true",
        "ab|a%%b|true", "nä|n_|true", "Ä|ä|false", "timezone|time%|true", "keepColumnName|KEEPCOLUMN%|true"})
    void matches(String text, String pattern, boolean expected) {
        assertThat(Like.matches(text, pattern)).isEqualTo(expected);
    }
}
