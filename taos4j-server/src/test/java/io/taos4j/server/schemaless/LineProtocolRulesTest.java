package io.taos4j.server.schemaless;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Line-protocol rules beyond value types: escapes, table names, comments, timestamps and precision. */
class LineProtocolRulesTest {

    /** TDengine's documented child name: {@code t_} + md5 of {@code "stable,k1=v1,..."} with keys sorted. */
    static String md5Name(String joined) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(joined.getBytes(StandardCharsets.UTF_8));
        return "t_" + HexFormat.of().formatHex(d);
    }

    @Test
    void escapesPerField() {
        SmlFixture f = new SmlFixture();
        f.line("s\\ t\\,x,t\\=k=v\\,1\\ a\\=b c\\=1=\"q\\\"uo\\\\te\",d\\ e=1i 1700000000000");
        assertThat(f.describe("s t,x")).containsExactly("_ts TIMESTAMP", "c=1 VARCHAR(8)", "d e BIGINT",
                "t=k NCHAR(8) TAG");
        assertThat(f.query("select `c=1`, `t=k` from `s t,x`")).containsExactly(List.of("q\"uo\\te", "v,1 a=b"));
    }

    static Stream<Arguments> backslashes() {
        // TDengine docs: how runs of backslashes in a field value read back
        return Stream.of(Arguments.of("\\", "\\"), Arguments.of("\\\\", "\\"), Arguments.of("\\\\\\", "\\\\"),
                Arguments.of("\\\\\\\\", "\\\\"), Arguments.of("\\\\\\\\\\", "\\\\\\"),
                Arguments.of("\\\\\\\\\\\\", "\\\\\\"));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @MethodSource("backslashes")
    void unescapesBackslashRunsInFieldValues(String written, String read) {
        SmlFixture f = new SmlFixture();
        f.line("st c=\"a" + written + "b\" 1700000000000");
        assertThat(f.value("select c from st")).isEqualTo("a" + read + "b");
    }

    @Test
    void keepsBackslashesThatEscapeNothing() {
        SmlFixture f = new SmlFixture();
        f.line("st,t=a\\b c=\"x\\y\" 1700000000000");
        assertThat(f.query("select t, c from st")).containsExactly(List.of("a\\b", "x\\y"));
    }

    @Test
    void turnsDotsIntoUnderscoresInTableNames() {
        SmlFixture f = new SmlFixture();
        f.line("power.meters,loc=a.b c=1 1700000000000");
        assertThat(f.query("show stables")).containsExactly(List.of("power_meters"));
        assertThat(f.value("select loc from power_meters")).isEqualTo("a.b");
    }

    @Test
    void namesChildTablesByTheMd5OfSortedTags() throws Exception {
        SmlFixture f = new SmlFixture();
        f.line("st,t2=b,t1=a c=1 1700000000000\nst,t1=a,t2=b c=2 1700000000001\nst,B=2,a=1 c=3 1700000000002");
        assertThat(f.children("st")).containsExactlyInAnyOrder(md5Name("st,t1=a,t2=b"), md5Name("st,a=1,B=2"));
        assertThat(f.value("select count(*) from `" + md5Name("st,t1=a,t2=b") + "`")).isEqualTo(2L);
    }

    @Test
    void namesAChildWithoutTagsByTheStableAlone() throws Exception {
        SmlFixture f = new SmlFixture();
        f.line("st c=1 1700000000000");
        assertThat(f.children("st")).containsExactly(md5Name("st"));
        assertThat(f.describe("st")).containsExactly("_ts TIMESTAMP", "c DOUBLE", "_tag_null NCHAR(1) TAG");
    }

    @Test
    void takesTheChildNameFromTheTableNameKey() {
        SmlFixture f = new SmlFixture();
        f.lineWithKey("id", "st,id=dev.1,loc=x c=1 1700000000000\nst,loc=y,id=dev.1 c=2 1700000000001");
        assertThat(f.children("st")).containsExactly("dev_1");
        assertThat(f.describe("st")).containsExactly("_ts TIMESTAMP", "c DOUBLE", "loc NCHAR(2) TAG");
        // the first line that creates the table sets its tags
        assertThat(f.query("select loc, c from dev_1 order by _ts")).containsExactly(List.of("x", 1.0),
                List.of("x", 2.0));
    }

    @Test
    void skipsCommentsAndCountsLines() {
        SmlFixture f = new SmlFixture();
        SmlResult r = f.line("# header\nst c=1 1700000000000\nst c=2 1700000000001\n");
        assertThat(r.totalRows()).isEqualTo(2);
        assertThat(r.affectedRows()).isEqualTo(2);
    }

    @Test
    void collapsesRowsWithTheSameTimestamp() {
        SmlFixture f = new SmlFixture();
        SmlResult r = f.line("st c=1,d=1 1700000000000\nst c=2 1700000000000");
        assertThat(r.affectedRows()).isEqualTo(1);
        assertThat(f.query("select c, d from st")).containsExactly(List.of(2.0, 1.0));
    }

    @Test
    void leavesFieldsALineOmitsNull() {
        SmlFixture f = new SmlFixture();
        f.line("st c=1 1700000000000\nst d=\"x\" 1700000000001");
        assertThat(f.query("select c, d from st order by _ts")).containsExactly(java.util.Arrays.asList(1.0, null),
                java.util.Arrays.asList(null, "x"));
    }

    static Stream<Arguments> precisions() {
        return Stream.of(
                // database precision, line precision, timestamp written, ticks stored
                Arguments.of("ms", SmlPrecision.HOURS, "473378", 1_704_160_800_000L),
                Arguments.of("ms", SmlPrecision.MINUTES, "28402680", 1_704_160_800_000L),
                Arguments.of("ms", SmlPrecision.SECONDS, "1704160800", 1_704_160_800_000L),
                Arguments.of("ms", SmlPrecision.MILLISECONDS, "1704160800123", 1_704_160_800_123L),
                Arguments.of("ms", SmlPrecision.MICROSECONDS, "1704160800123456", 1_704_160_800_123L),
                Arguments.of("ms", SmlPrecision.NANOSECONDS, "1704160800123456789", 1_704_160_800_123L),
                Arguments.of("ms", SmlPrecision.NOT_CONFIGURED, "1704160800123456789", 1_704_160_800_123L),
                Arguments.of("us", SmlPrecision.MILLISECONDS, "1704160800123", 1_704_160_800_123_000L),
                Arguments.of("us", SmlPrecision.NANOSECONDS, "1704160800123456789", 1_704_160_800_123_456L),
                Arguments.of("ns", SmlPrecision.SECONDS, "1704160800", 1_704_160_800_000_000_000L),
                Arguments.of("ns", SmlPrecision.NANOSECONDS, "1704160800123456789", 1_704_160_800_123_456_789L));
    }

    @ParameterizedTest(name = "{0} database, {1}")
    @MethodSource("precisions")
    void convertsTimestampsToTheDatabasePrecision(String dbPrecision, SmlPrecision p, String ts, long ticks) {
        SmlFixture f = new SmlFixture(dbPrecision);
        f.write(SmlProtocol.LINE, p, "st c=1 " + ts);
        assertThat(f.value("select cast(_ts as bigint) from st")).isEqualTo(ticks);
    }

    @ParameterizedTest(name = "timestamp \"{0}\"")
    @MethodSource("nows")
    void takesNowForAnEmptyOrZeroTimestamp(String line) {
        SmlFixture f = new SmlFixture("us");
        f.line(line);
        assertThat(f.value("select cast(_ts as bigint) from st")).isEqualTo(SmlFixture.NOW_NANOS / 1000);
    }

    static Stream<String> nows() {
        return Stream.of("st c=1", "st c=1 0", "st c=1   ", "  st c=1 0");
    }
}
