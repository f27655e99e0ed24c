package io.taos4j.server.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {
    @Test
    void foldsAsciiLettersOutsideQuotes() {
        assertThat(SqlText.fold("SELECT COUNT(*) FROM MyTab WHERE Loc = 'AbC' AND X = \"DeF\" OR `MixCol` > 1"))
                .isEqualTo("select count(*) from mytab where loc = 'AbC' and x = \"DeF\" or `MixCol` > 1");
    }

    @Test
    void keepsLengthAndOffsets() {
        String sql = "CREATE TABLE Ä_Tab (TS TIMESTAMP, `Val` INT) COMMENT 'Hello World'";
        String folded = SqlText.fold(sql);
        assertThat(folded).hasSameSizeAs(sql).isEqualTo("create table Ä_tab (ts timestamp, `Val` int) comment 'Hello World'");
    }

    @Test
    void backslashEscapesTheNextCharacterInsideQuotes() {
        assertThat(SqlText.fold("SELECT 'It\\'S' AS A, \"Q\\\"Q\" B FROM T")).isEqualTo("select 'It\\'S' as a, \"Q\\\"Q\" b from t");
        assertThat(SqlText.fold("SELECT 'A''B' C")).isEqualTo("select 'A''B' c");
        assertThat(SqlText.fold("SELECT `A``B` C")).isEqualTo("select `A``B` c");
    }

    @Test
    void anUnterminatedQuoteKeepsTheRest() {
        assertThat(SqlText.fold("SELECT 'ABC")).isEqualTo("select 'ABC");
        assertThat(SqlText.fold("SELECT X -- Comment")).isEqualTo("select x -- comment");
    }

    @Test
    void returnsTheSameInstanceWhenNothingChanges() {
        String sql = "select 'ABC' from t";
        assertThat(SqlText.fold(sql)).isSameAs(sql);
    }

    @Test
    void truncatesUtf8WithoutSplittingCharacters() {
        assertThat(SqlText.truncateUtf8("abc", 64)).isEqualTo("abc");
        assertThat(SqlText.truncateUtf8("a".repeat(70), 64)).hasSize(64);
        assertThat(SqlText.truncateUtf8("ä".repeat(40), 64)).isEqualTo("ä".repeat(32));
        assertThat(SqlText.truncateUtf8("a" + "ä".repeat(40), 64)).isEqualTo("a" + "ä".repeat(31));
        assertThat(SqlText.truncateUtf8("😀".repeat(20), 63)).isEqualTo("😀".repeat(15));
        assertThat(SqlText.utf8Length("aä€😀")).isEqualTo(1 + 2 + 3 + 4);
    }
}
