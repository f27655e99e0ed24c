package io.taos4j.server.schemaless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taos4j.server.sql.SqlError;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Super tables created and changed by schemaless writes, and the checks against existing tables. */
class SchemaEvolutionTest {

    @Test
    void addsColumnsAndTagsAndWidensStrings() {
        SmlFixture f = new SmlFixture();
        f.line("st,t1=a c1=1i,s=\"ab\" 1700000000000");
        assertThat(f.describe("st")).containsExactly("_ts TIMESTAMP", "c1 BIGINT", "s VARCHAR(4)", "t1 NCHAR(2) TAG");
        f.line("st,t1=a,t2=b c1=2i,s=\"abcdefghij\",c2=L\"x\" 1700000000001\nst,t1=bbbbb c1=3i 1700000000002");
        assertThat(f.describe("st")).containsExactly("_ts TIMESTAMP", "c1 BIGINT", "s VARCHAR(16)", "c2 NCHAR(2)",
                "t1 NCHAR(8) TAG", "t2 NCHAR(2) TAG");
        assertThat(f.query("select c1, s, c2, t1, t2 from st order by _ts")).containsExactly(
                Arrays.asList(1L, "ab", null, "a", null),
                Arrays.asList(2L, "abcdefghij", "x", "a", "b"),
                Arrays.asList(3L, null, null, "bbbbb", null));
    }

    @Test
    void keepsTheTagsOfAnExistingChild() {
        SmlFixture f = new SmlFixture();
        f.lineWithKey("id", "st,id=d1,t=a c=1 1700000000000");
        f.lineWithKey("id", "st,id=d1,t=b c=2 1700000000001");
        assertThat(f.query("select t from d1")).containsExactly(List.of("a"), List.of("a"));
    }

    @Test
    void rejectsAFieldWhoseTypeDiffersFromTheColumn() {
        SmlFixture f = new SmlFixture();
        f.line("st c=1 1700000000000");
        SqlError e = catchThrowableOfType(() -> f.line("st c=1i 1700000000001"), SqlError.class);
        assertThat(e.code()).isEqualTo(0x3002);
        // TDengine prints the key pointer, so the message runs on to the end of the payload
        assertThat(e.getMessage()).matches("SML:0x[0-9a-f]+ smlGenerateSchemaAction point type and db type mismatch\\."
                + " db type: 7, point type: 5, key: c=1i 1700000000001");
        assertThat(f.value("select count(*) from st")).isEqualTo(1L);
    }

    @Test
    void writesIntoSuperTablesCreatedBySql() {
        SmlFixture f = new SmlFixture();
        f.engine.execute(f.session, "create stable meters (ts timestamp, current double, voltage bigint)"
                + " tags (location nchar(16))");
        f.line("meters,location=SF current=10.5,voltage=220i,phase=0.3 1700000000000");
        assertThat(f.describe("meters")).containsExactly("ts TIMESTAMP", "current DOUBLE", "voltage BIGINT",
                "phase DOUBLE", "location NCHAR(16) TAG");
        assertThat(f.query("select current, voltage, phase, location from meters")).containsExactly(
                List.of(10.5, 220L, 0.3, "SF"));
    }

    @Test
    void rejectsTagsOfAnotherTypeThanNchar() {
        SmlFixture f = new SmlFixture();
        f.engine.execute(f.session, "create stable meters (ts timestamp, v double) tags (groupid int)");
        SqlError e = catchThrowableOfType(() -> f.line("meters,groupid=2 v=1 1700000000000"), SqlError.class);
        assertThat(e.code()).isEqualTo(0x3002);
    }

    @Test
    void changesNothingWhenAnyTableOfTheBatchIsRejected() {
        SmlFixture f = new SmlFixture();
        f.engine.execute(f.session, "create stable bad (ts timestamp, v int) tags (t nchar(4))");
        SqlError e = catchThrowableOfType(() -> f.line("fresh,t=a v=1 1700000000000\nbad,t=a v=1 1700000000000"),
                SqlError.class);
        assertThat(e.code()).isEqualTo(0x3002);
        assertThat(f.query("show stables")).containsExactly(List.of("bad"));
    }

    @Test
    void refusesTablesWithACompositeKey() {
        SmlFixture f = new SmlFixture();
        f.engine.execute(f.session, "create stable pk (ts timestamp, id int primary key, v double) tags (t nchar(4))");
        SqlError e = catchThrowableOfType(() -> f.line("pk,t=a v=1 1700000000000"), SqlError.class);
        assertThat(e.code()).isEqualTo(0x3006);
    }

    @Test
    void refusesAMeasurementThatIsANormalTable() {
        SmlFixture f = new SmlFixture();
        f.engine.execute(f.session, "create table nt (ts timestamp, v double)");
        SqlError e = catchThrowableOfType(() -> f.line("nt v=1 1700000000000"), SqlError.class);
        assertThat(e.code()).isEqualTo(0x0603);
    }

    @Test
    void givesCreatedChildrenTheTtl() {
        SmlFixture f = new SmlFixture();
        f.writer.write("db", new SmlRequest(SmlProtocol.LINE, SmlPrecision.MILLISECONDS, 7, "id",
                "st,id=d1 c=1 1700000000000".getBytes()));
        assertThat(f.engine.catalog().database("db").table("d1").ttl()).isEqualTo(7);
    }

    @Test
    void limitsTheNumberOfTags() {
        SmlFixture f = new SmlFixture();
        StringBuilder line = new StringBuilder("st");
        for (int i = 0; i < 129; i++) {
            line.append(",t").append(i).append("=x");
        }
        SqlError e = catchThrowableOfType(() -> f.line(line + " c=1 1700000000000"), SqlError.class);
        assertThat(e.code()).isEqualTo(0x2643);
    }
}
