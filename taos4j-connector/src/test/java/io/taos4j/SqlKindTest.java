package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which statements the connector sends again after a reconnection. */
class SqlKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "select * from t|READ", "  SELECT 1|READ", "(select 1) union all (select 2)|READ", "show databases|READ",
        "describe t|READ", "DESC t|READ", "explain select 1|READ", "-- c\\nselect 1|READ", "/* c */ show tables|READ",
        "use db|USE", "insert into t values (now, 1)|WRITE", "delete from t|WRITE", "create table t (ts timestamp)|WRITE",
        "drop database d|WRITE", "alter table t add column c int|WRITE", "|WRITE", "/* unterminated|WRITE",
        "insert into t select * from s|WRITE", "selectx|WRITE"})
    void classifiesByTheFirstKeyword(String sql, SqlKind kind) {
        assertThat(SqlKind.of(sql == null ? "" : sql.replace("\\n", "\n"))).isEqualTo(kind);
    }
}
