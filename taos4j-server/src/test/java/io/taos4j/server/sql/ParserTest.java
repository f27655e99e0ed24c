package io.taos4j.server.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.TaosType;
import io.taos4j.server.sql.ast.AdminStatement;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.Span;
import io.taos4j.server.sql.ast.Statement;
import io.taos4j.server.sql.ast.TableStatement;
import io.taos4j.server.sql.ast.TopicStatement;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Parser behaviour beyond the golden corpus: values, spans, API contract, limits. */
class ParserTest {
    private static Statement parse(String sql) {
        return Parser.parse(sql).statement();
    }

    private static Query.Select select(String sql) {
        return (Query.Select) parse(sql);
    }

    private static Expr item(String sql) {
        return select(sql).items().get(0).expr();
    }

    private static SqlError error(String sql) {
        try {
            Parser.parse(sql);
        } catch (SqlError e) {
            return e;
        }
        throw new AssertionError("no error for " + sql);
    }

    @Test
    void integerLiteralsFollowTdengineTyping() {
        assertThat(item("select 9223372036854775807")).isEqualTo(new Expr.IntLiteral(new Span(7, 26), Long.MAX_VALUE, false));
        assertThat(item("select 9223372036854775808")).isEqualTo(new Expr.IntLiteral(new Span(7, 26), Long.MIN_VALUE, true));
        assertThat(item("select 99999999999999999999999")).isEqualTo(new Expr.IntLiteral(new Span(7, 30), -1L, true));
        assertThat(item("select -9223372036854775808")).isEqualTo(new Expr.IntLiteral(new Span(7, 27), Long.MIN_VALUE, false));
        assertThat(item("select -99999999999999999999999")).isEqualTo(new Expr.IntLiteral(new Span(7, 31), Long.MIN_VALUE, false));
        assertThat(item("select - 5")).isEqualTo(new Expr.IntLiteral(new Span(7, 10), -5, false));
        assertThat(item("select +7")).isEqualTo(new Expr.IntLiteral(new Span(7, 9), 7, false));
        assertThat(item("select -0")).isEqualTo(new Expr.IntLiteral(new Span(7, 9), 0, false));
    }

    @Test
    void otherLiterals() {
        assertThat(item("select -2.5E-3")).isEqualTo(new Expr.DoubleLiteral(new Span(7, 14), -0.0025));
        assertThat(((Expr.DoubleLiteral) item("select 1.5e400")).value()).isInfinite();
        assertThat(item("select 'a\\qb\\%c\\'d''e'")).isInstanceOf(Expr.StringLiteral.class)
                .extracting(e -> ((Expr.StringLiteral) e).value()).isEqualTo("aqb\\%c'd'e");
        assertThat(item("select \"\\x41\\n\"")).extracting(e -> ((Expr.StringLiteral) e).value()).isEqualTo("\\x41\n");
        assertThat(item("select 500A")).isEqualTo(new Expr.DurationLiteral(new Span(7, 11), 500, 'a'));
        assertThat(item("select TIMESTAMP 'X'")).isEqualTo(new Expr.TimestampLiteral(new Span(7, 20), "X"));
        assertThat(item("select NULL")).isEqualTo(new Expr.NullLiteral(new Span(7, 11)));
        assertThat(item("select FALSE")).isEqualTo(new Expr.BoolLiteral(new Span(7, 12), false));
    }

    @Test
    void tagValuesAllowHexBinaryAndTimeArithmetic() {
        TableStatement.CreateChildTables c = (TableStatement.CreateChildTables)
                parse("create table c1 using st tags (0x1F, -0x10, 0b101, 0xFFFFFFFFFFFFFFFF, now - 1d)");
        List<Expr> values = c.tables().get(0).tagValues();
        assertThat(values.get(0)).isEqualTo(new Expr.IntLiteral(new Span(31, 35), 31, false));
        assertThat(values.get(1)).isEqualTo(new Expr.IntLiteral(new Span(37, 42), -16, false));
        assertThat(values.get(2)).isEqualTo(new Expr.IntLiteral(new Span(44, 49), 5, false));
        assertThat(values.get(3)).isEqualTo(new Expr.IntLiteral(new Span(51, 69), -1L, true));
        assertThat(values.get(4)).isInstanceOf(Expr.Binary.class);
    }

    @Test
    void spansCoverParenthesesSignsAndAliases() {
        Query.Select s = select("select (a + 1) * 2 as x, +b, ((c)) from t;  ");
        assertThat(s.span()).isEqualTo(new Span(0, 41));
        assertThat(s.items().get(0).span()).isEqualTo(new Span(7, 23));
        Expr.Binary mul = (Expr.Binary) s.items().get(0).expr();
        assertThat(mul.span()).isEqualTo(new Span(7, 18));
        assertThat(mul.left().span()).isEqualTo(new Span(7, 14));
        assertThat(s.items().get(1).expr()).isEqualTo(new Expr.ColumnRef(new Span(25, 27), null, "b"));
        assertThat(s.items().get(2).expr()).isEqualTo(new Expr.ColumnRef(new Span(29, 34), null, "c"));
    }

    @Test
    void namesAreFoldedUnlessBackquoted() {
        Query.Select s = select("SELECT MixCol, `MixCol`, T.`A``B` FROM Db.T Tx");
        assertThat(s.items()).extracting(i -> ((Expr.ColumnRef) i.expr()).name()).containsExactly("mixcol", "MixCol", "A`B");
        assertThat(s.from()).isEqualTo(new io.taos4j.server.sql.ast.FromItem.TableRef(new Span(39, 46), "db", "t", "tx"));
    }

    @Test
    void castTypes() {
        Expr.Cast c = (Expr.Cast) item("select cast(v as varchar)");
        assertThat(c.type().type()).isEqualTo(TaosType.VARCHAR);
        assertThat(c.type().length()).isEqualTo(65517);
        assertThat(((Expr.Cast) item("select cast(v as nchar)")).type().length()).isEqualTo(16379);
        assertThat(((Expr.Cast) item("select cast(v as decimal(20, 3))")).type())
                .extracting(t -> t.type(), t -> t.precision(), t -> t.scale()).containsExactly(TaosType.DECIMAL, 20, 3);
        assertThat(((Expr.Cast) item("select cast(v as decimal(18, 3))")).type().type()).isEqualTo(TaosType.DECIMAL64);
    }

    @Test
    void limitForms() {
        assertThat(select("select * from t limit 10").limit()).isEqualTo(new io.taos4j.server.sql.ast.Limit(10, 0));
        assertThat(select("select * from t limit 10 offset 5").limit()).isEqualTo(new io.taos4j.server.sql.ast.Limit(10, 5));
        assertThat(select("select * from t limit 5, 10").limit()).isEqualTo(new io.taos4j.server.sql.ast.Limit(10, 5));
        assertThat(select("select * from t slimit 1, 2").slimit()).isEqualTo(new io.taos4j.server.sql.ast.Limit(2, 1));
    }

    @Test
    void placeholdersAreCountedAndNumbered() {
        ParsedSql p = Parser.parse("select * from t where a = ? and b in (?, ?) and c > ?");
        assertThat(p.placeholderCount()).isEqualTo(4);
        Expr where = ((Query.Select) p.statement()).where();
        assertThat(AstPrinter.print(where)).isEqualTo("(and (and (= (col a) ?0) (in (col b) (?1 ?2))) (> (col c) ?3))");
    }

    @Test
    void onlyTheFirstStatementCounts() {
        assertThat(AstPrinter.print(parse("select 1; select $$$ garbage"))).isEqualTo("(select (items 1))");
        assertThat(parse("select 1 ;").span()).isEqualTo(new Span(0, 8));
    }

    @Test
    void emptyAndBlankStatementsAreIncomplete() {
        for (String sql : List.of("", "   ", "\n\t", "-- c", "/* c */", "/*+ hint */")) {
            SqlError e = error(sql);
            assertThat(e.code()).isEqualTo(0x2601);
            assertThat(e.getMessage()).isEqualTo("Incomplete SQL statement");
        }
    }

    @Test
    void insertValuesBelongsToTheInsertParser() {
        for (String sql : List.of("insert into t values (now, 1)", "INSERT INTO t (ts, v) VALUES (now, 1)",
                "insert into t1 values (now, 1) t2 values (now, 2)", "insert into ? using st tags(?) values(?, ?)",
                "insert into d1 using meters tags (1, 'a') values (now, 1, 2, 3)", "insert into t file '/tmp/a.csv'",
                "import into t values (now, 1)", "IMPORT INTO t select * from s", "insert into", "insert t select 1",
                "insert into t (a, b")) {
            assertThatThrownBy(() -> Parser.parse(sql)).as(sql).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("INSERT ... VALUES is parsed by the insert parser");
        }
        assertThat(parse("insert into t (ts, v) select ts, v from s")).isInstanceOf(TableStatement.InsertQuery.class);
        assertThat(parse("insert into t ((select 1))")).isInstanceOf(TableStatement.InsertQuery.class);
    }

    @Test
    void topicsKeepTheStatementSpan() {
        ParsedSql p = Parser.parse("CREATE TOPIC T1 AS SELECT Ts, V FROM St WHERE V > 1;");
        TopicStatement.CreateTopic t = (TopicStatement.CreateTopic) p.statement();
        assertThat(p.text(t.span())).isEqualTo("create topic t1 as select ts, v from st where v > 1");
        assertThat(t.name()).isEqualTo("t1");
    }

    @Test
    void unsupportedStatementsAreNamed() {
        assertThat(parse("create stream s1 into o as select 1")).isEqualTo(
                new AdminStatement.Unsupported(new Span(0, 35), "CREATE STREAM"));
        assertThat(error("create stream s1 $").getMessage()).isEqualTo("unrecognized token: \"$\"");
    }

    @Test
    void errorMessagesAreCutLikeTdenginesBuffer() {
        String sql = "selec " + "x, ".repeat(300);
        SqlError e = error(sql);
        assertThat(e.code()).isEqualTo(0x2600);
        assertThat(e.getMessage().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(511);
        assertThat(e.getMessage()).startsWith("syntax error near \"selec x, x,");
        assertThat(SqlError.of(io.taos4j.protocol.TaosError.OPS_NOT_SUPPORT).getMessage()).isEqualTo("Operation not supported");
        assertThat(SqlError.syntax("a").code()).isEqualTo(0x2600);
        assertThat(SqlError.incomplete().error()).isEqualTo(io.taos4j.protocol.TaosError.PAR_INCOMPLETE_SQL);
    }

    @Test
    void deepNestingHitsALimitInsteadOfTheStack() {
        assertThat(parse("select " + "(".repeat(150) + "1" + ")".repeat(150))).isNotNull();
        for (String sql : List.of(
                "select " + "(".repeat(1000) + "1" + ")".repeat(1000),
                "select " + "- ".repeat(1000) + "v",
                "select " + "abs(".repeat(1000) + "1" + ")".repeat(1000),
                "select * from " + "(select * from ".repeat(1000) + "t" + ")".repeat(1000),
                "select " + "case when ".repeat(1000) + "1")) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    Parser.parse(sql);
                } catch (Throwable e) {
                    thrown.set(e);
                }
            }, "small-stack", 512 * 1024);
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            assertThat(thrown.get()).isInstanceOf(SqlError.class);
            assertThat(((SqlError) thrown.get()).code()).isEqualTo(0x2600);
        }
    }

    @Test
    void oneMebibyteOfFlatListsParses() {
        int n = 150_000;
        StringBuilder items = new StringBuilder("select ");
        StringBuilder in = new StringBuilder("select * from t where v in (");
        StringBuilder sum = new StringBuilder("select 0");
        StringBuilder children = new StringBuilder("create table");
        for (int i = 0; i < n; i++) {
            items.append(i == 0 ? "" : ", ").append(i);
            in.append(i == 0 ? "" : ", ").append(i);
            sum.append(" + ").append(i);
        }
        for (int i = 0; i < 20_000; i++) {
            children.append(" d").append(i).append(" using st tags (").append(i).append(", 'x')");
        }
        assertThat(items.length()).isGreaterThan(1 << 20);
        assertThat(select(items.toString()).items()).hasSize(n);
        assertThat(((Expr.InList) select(in.append(')').toString()).where()).values()).hasSize(n);
        assertThat(item(sum.toString())).isInstanceOf(Expr.Binary.class);
        assertThat(((TableStatement.CreateChildTables) parse(children.toString())).tables()).hasSize(20_000);
    }
}
