package io.taos4j.server.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.SelectItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Result-column labels, tdengine-sql.md §8 (all cases observed on 3.3.7.5). */
class LabelTest {
    private static List<String> labels(String sql) {
        ParsedSql parsed = Parser.parse(sql);
        Query.Select select = (Query.Select) parsed.statement();
        return select.items().stream().map(parsed::columnLabel).toList();
    }

    @Test
    void expressionsAreLabelledWithTheirFoldedText() {
        assertThat(labels("select count(*) from t")).containsExactly("count(*)");
        assertThat(labels("SELECT COUNT(*) FROM t")).containsExactly("count(*)");
        assertThat(labels("select count( * ) from t")).containsExactly("count( * )");
        assertThat(labels("select current*2, voltage + 1, voltage > 1 from d1"))
                .containsExactly("current*2", "voltage + 1", "voltage > 1");
        assertThat(labels("select count(*) + 1, avg(v) * 2 from t")).containsExactly("count(*) + 1", "avg(v) * 2");
        assertThat(labels("select ts - 1, ts + 1s, ts + voltage from d1"))
                .containsExactly("ts - 1", "ts + 1s", "ts + voltage");
        assertThat(labels("select 1, 1.5, true, 'abc', \"abc\", null"))
                .containsExactly("1", "1.5", "true", "'abc'", "\"abc\"", "null");
        assertThat(labels("select 'AbC', \"DeF\"")).containsExactly("'AbC'", "\"DeF\"");
        assertThat(labels("select now(), now, today")).containsExactly("now()", "now", "today");
        assertThat(labels("select server_version()")).containsExactly("server_version()");
        assertThat(labels("select round(8888.88,-1), crc32(NULL)")).containsExactly("round(8888.88,-1)", "crc32(null)");
        assertThat(labels("select cast(1 as varchar)")).containsExactly("cast(1 as varchar)");
        assertThat(labels("select leastsquares(v, 1, 1) from t")).containsExactly("leastsquares(v, 1, 1)");
        assertThat(labels("select max(`v`) from t")).containsExactly("max(`v`)");
    }

    @Test
    void commentsInsideAnExpressionStayInItsLabel() {
        assertThat(labels("select 1 /* x */ + 2")).containsExactly("1 /* x */ + 2");
        assertThat(labels("select 1 -- c")).containsExactly("1");
        assertThat(labels("select 1 /* x")).containsExactly("1");
    }

    @Test
    void signsAndParentheses() {
        assertThat(labels("select -voltage, +voltage, -5, +7 from d1")).containsExactly("-voltage", "voltage", "-5", "+7");
        assertThat(labels("select (1+1), 1+1, 1 + (2), -(voltage) from d1"))
                .containsExactly("(1+1)", "1+1", "1 + (2)", "-(voltage)");
        assertThat(labels("select (voltage), ((voltage)), +(voltage) from d1"))
                .containsExactly("voltage", "voltage", "voltage");
    }

    @Test
    void columnsAndPseudoColumnsAreLabelledByName() {
        assertThat(labels("select d1.current, `MixCol`, `nt`.`v`, MixCol from d1"))
                .containsExactly("current", "MixCol", "v", "mixcol");
        assertThat(labels("select _wstart, _wend, _wduration, _c0, _rowts, tbname, t.tbname, _qstart from t"))
                .containsExactly("_wstart", "_wend", "_wduration", "_c0", "_rowts", "tbname", "tbname", "_qstart");
        assertThat(labels("select `tbname` from t")).containsExactly("tbname");
    }

    @Test
    void aliasesWinAndAreFoldedUnlessBackquoted() {
        assertThat(labels("select Val AS MyAlias, Val as `MyAlias2`, v x, count(*) cnt, v as `a b` from t"))
                .containsExactly("myalias", "MyAlias2", "x", "cnt", "a b");
        assertThat(labels("select avg(current) as AvgC, avg(current) as `AvgC` from t")).containsExactly("avgc", "AvgC");
        assertThat(labels("select 1 as `a``b`")).containsExactly("a`b");
        assertThat(labels("select server_version()  as version")).containsExactly("version");
    }

    @Test
    void labelsAreCutTo64Bytes() {
        String sum = "v + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20";
        assertThat(labels("select " + sum + " from t"))
                .containsExactly("v + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 +");
        String alias = "a".repeat(74);
        assertThat(labels("select v as " + alias + " from t")).containsExactly("a".repeat(64));
        assertThat(labels("select '" + "ä".repeat(40) + "'")).containsExactly("'" + "ä".repeat(31));
    }

    @Test
    void colsArgumentsAreLabelledByTheirOwnRules() {
        ParsedSql parsed = Parser.parse("select cols(max(v), ts, s s1, v + 1 as `T`) from t");
        SelectItem item = ((Query.Select) parsed.statement()).items().get(0);
        List<Expr> args = ((Expr.FunctionCall) item.expr()).args();
        assertThat(args.subList(1, 4)).extracting(parsed::exprLabel).containsExactly("ts", "s1", "T");
    }

    @Test
    void labelOfAnyExpressionIsItsSpanText() {
        ParsedSql parsed = Parser.parse("SELECT V AS x FROM T WHERE V + 1 > 2");
        Query.Select select = (Query.Select) parsed.statement();
        assertThat(parsed.label(select.where())).isEqualTo("v + 1 > 2");
        assertThat(parsed.label(select.items().get(0).expr())).isEqualTo("v");
        assertThat(parsed.text(select.items().get(0).span())).isEqualTo("v as x");
    }
}
