package io.taos4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cutting input into statements the way taos does: semicolons outside quotes and comments. */
class StatementsTest {

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        assertThat(Statements.split("select 1; select 'a;b' from t;select `x;y` from u ; "))
                .containsExactly("select 1", "select 'a;b' from t", "select `x;y` from u");
        assertThat(Statements.split("select 1 -- not; a split\n, 2; select \"it\\\"s;\""))
                .containsExactly("select 1 -- not; a split\n, 2", "select \"it\\\"s;\"");
        assertThat(Statements.split("select /* ; */ 1;;  ;")).containsExactly("select /* ; */ 1");
        assertThat(Statements.split("-- only a comment;")).isEmpty();
        assertThat(Statements.split("select 'it''s'; q")).containsExactly("select 'it''s'", "q");
    }

    @Test
    void inputIsCompleteAtASemicolonOrAShellWord() {
        assertThat(Statements.isComplete("select 1;")).isTrue();
        assertThat(Statements.isComplete("select 1;  -- trailing comment")).isTrue();
        assertThat(Statements.isComplete("select 1\n from t\n;")).isTrue();
        assertThat(Statements.isComplete("select * from t\\G")).isTrue();
        assertThat(Statements.isComplete("")).isTrue();
        assertThat(Statements.isComplete("  quit ")).isTrue();
        assertThat(Statements.isComplete("EXIT")).isTrue();
        assertThat(Statements.isComplete("q")).isTrue();
        assertThat(Statements.isComplete("help")).isTrue();

        assertThat(Statements.isComplete("select 1")).isFalse();
        assertThat(Statements.isComplete("select ';")).isFalse();
        assertThat(Statements.isComplete("select 1 -- ;")).isFalse();
        assertThat(Statements.isComplete("select /* ; ")).isFalse();
        assertThat(Statements.isComplete("quit now")).isFalse();
    }

    @Test
    void linesJoinWithSpacesExceptInQuotesAndAfterLineComments() {
        assertThat(Statements.flatten("select\n1\n+ 2")).isEqualTo("select 1 + 2");
        assertThat(Statements.flatten("select 'a\nb'")).isEqualTo("select 'a\nb'");
        assertThat(Statements.flatten("select 1 -- c\n, 2")).isEqualTo("select 1 -- c\n, 2");
    }

    @Test
    void verticalMarkerRedirectionAndVerb() {
        assertThat(Statements.isVertical("select * from t\\G")).isTrue();
        assertThat(Statements.withoutVertical("select * from t \\G")).isEqualTo("select * from t");
        assertThat(Statements.redirection("select * from t >> '/tmp/x.csv'"))
                .containsExactly("select * from t", "/tmp/x.csv");
        assertThat(Statements.redirection("select '>>' from t")).containsExactly("select '>>' from t", null);
        assertThat(Statements.verb("  /* hint */ INSERT into t values (now, 1)")).isEqualTo("insert");
        assertThat(Statements.verb("-- c\nuse db")).isEqualTo("use");
    }
}
