package io.taos4j.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.protocol.block.ColumnSchema;
import io.taos4j.protocol.block.RawBlock;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.DatabaseOptions;
import io.taos4j.server.catalog.DbOption;
import io.taos4j.server.query.Field;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our results against what a real TDengine 3.3.7.5 answered the JDBC driver in
 * {@code captures/jdbc-3.7.9-basic.jsonl}: same field names, type codes, {@code fields_lengths}, block schema widths
 * and row values, for a catalog rebuilt from the statements of that session.
 */
class CaptureCrossCheckTest {
    private static List<Capture.Exchange> capture;
    private static Catalog catalog;
    private static SystemContext ctx;

    @BeforeAll
    static void load() throws IOException {
        capture = Capture.load("jdbc-3.7.9-basic.jsonl");
        catalog = new Catalog();
        var db = catalog.createDatabase("probe_db", DatabaseOptions.defaults().with(Map.of(DbOption.PRECISION, "ms")));
        // create stable probe_db.alltypes (ts timestamp, c_bool bool, c_ti tinyint, c_si smallint, c_int int,
        //   c_bi bigint, c_uti tinyint unsigned, c_usi smallint unsigned, c_ui int unsigned, c_ubi bigint unsigned,
        //   c_f float, c_d double, c_vc varchar(32), c_nc nchar(16), c_vb varbinary(16), c_geo geometry(64))
        //   tags (t_int int, t_vc varchar(16))
        var alltypes = catalog.createSuperTable(db, "alltypes", Fixtures.schema("ts TIMESTAMP, c_bool BOOL,"
                + " c_ti TINYINT, c_si SMALLINT, c_int INT, c_bi BIGINT, c_uti TINYINT UNSIGNED,"
                + " c_usi SMALLINT UNSIGNED, c_ui INT UNSIGNED, c_ubi BIGINT UNSIGNED, c_f FLOAT, c_d DOUBLE,"
                + " c_vc VARCHAR(32), c_nc NCHAR(16), c_vb VARBINARY(16), c_geo GEOMETRY(64)",
                "t_int INT, t_vc VARCHAR(16)"));
        catalog.createChildTable(db, "at1", alltypes, new Object[] {7L, "tag1"});
        var jsont = catalog.createSuperTable(db, "jsont", Fixtures.schema("ts TIMESTAMP, v INT", "info JSON"));
        catalog.createChildTable(db, "j1", jsont, new Object[] {"{\"k\":\"v\",\"n\":1}"});
        catalog.createChildTable(db, "j2", jsont, new Object[] {"{\"k\":\"w\"}"});
        ctx = Fixtures.context(catalog);
    }

    /** Field names, type codes and fields_lengths as the JSON reply has them, and block widths as the blocks have. */
    private static void assertSameFields(Capture.Exchange e, List<Field> fields) {
        assertThat(fields).extracting(Field::name).as(e.sql()).containsExactlyElementsOf(e.names());
        assertThat(fields).extracting(f -> f.type().type().code()).as(e.sql()).containsExactlyElementsOf(e.types());
        assertThat(fields).extracting(f -> f.type().userLength()).as(e.sql()).containsExactlyElementsOf(e.lengths());
        for (RawBlock b : e.blocks()) {
            assertThat(fields).extracting(Field::blockSchema).as(e.sql()).containsExactlyElementsOf(b.schemas());
        }
    }

    /** Projects {@code names} out of a system table, keeping rows that pass {@code filter}. */
    private static Projection project(String table, Predicate<List<Object>> filter, String... names) {
        SystemTable t = SystemTables.find("information_schema", table);
        List<Field> fields = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        for (String n : names) {
            int i = Fixtures.index(t.fields(), n);
            idx.add(i);
            fields.add(t.fields().get(i));
        }
        List<List<Object>> rows = Fixtures.rows(t, ctx).stream().filter(filter)
                .map(r -> idx.stream().map(r::get).toList()).toList();
        return new Projection(fields, rows);
    }

    private record Projection(List<Field> fields, List<List<Object>> rows) {
    }

    private static Predicate<List<Object>> column(String table, String name, Object value) {
        int i = Fixtures.index(SystemTables.find("information_schema", table).fields(), name);
        return r -> value.equals(r.get(i));
    }

    @Test
    void describeSuperTableAndChildTable() {
        for (String sql : List.of("describe probe_db.alltypes", "describe `probe_db`.`at1`")) {
            Capture.Exchange e = Capture.find(capture, sql);
            String name = sql.contains("at1") ? "at1" : "alltypes";
            ResultData ours = Describe.of(catalog.database("probe_db").table(name));
            assertSameFields(e, ours.fields());
            assertThat(e.rows()).as(sql).hasSize(18);
            assertThat(Fixtures.rows(ours)).as(sql).isEqualTo(e.rows());
        }
    }

    @Test
    void showDatabasesIsTheNameColumnOfInsDatabases() {
        Capture.Exchange e = Capture.find(capture, "show databases");
        Set<String> ours = Set.of("information_schema", "performance_schema", "probe_db");
        Projection p = project("ins_databases", r -> true, "name");
        assertSameFields(e, p.fields());
        assertThat(p.rows()).isEqualTo(e.rows().stream().filter(r -> ours.contains((String) r.get(0))).toList());
    }

    @Test
    void insDatabasesNameAndPrecision() {
        Capture.Exchange e = Capture.find(capture,
                "select name, `precision` as `precision` from information_schema.ins_databases");
        Projection p = project("ins_databases", r -> true, "name", "precision");
        assertSameFields(e, p.fields());
        assertThat(p.rows()).isEqualTo(e.rows().stream().filter(r -> !r.get(0).equals("test")).toList());
    }

    @Test
    void showStablesAndTablesOfADatabase() {
        for (String sql : List.of("show probe_db.stables", "show `probe_db`.stables like '%'")) {
            Capture.Exchange e = Capture.find(capture, sql);
            Projection p = project("ins_stables", column("ins_stables", "db_name", "probe_db"), "stable_name");
            assertSameFields(e, p.fields());
            assertThat(p.rows()).containsExactlyInAnyOrderElementsOf(e.rows());
        }
        Capture.Exchange e = Capture.find(capture, "show `probe_db`.tables like '%'");
        Projection p = project("ins_tables", column("ins_tables", "db_name", "probe_db"), "table_name");
        assertSameFields(e, p.fields());
        assertThat(e.rows()).hasSize(3);
        assertThat(p.rows()).containsExactlyInAnyOrderElementsOf(e.rows());
    }

    @Test
    void metadataQueriesOfTheDriver() {
        Capture.Exchange stables = Capture.find(capture, "select stable_name, db_name from information_schema."
                + "ins_stables where 1 = 1  and stable_name='at1' and db_name= 'probe_db'");
        Projection p = project("ins_stables", column("ins_stables", "stable_name", "at1")
                .and(column("ins_stables", "db_name", "probe_db")), "stable_name", "db_name");
        assertSameFields(stables, p.fields());
        assertThat(p.rows()).isEqualTo(stables.rows()).isEmpty();

        Capture.Exchange tables = Capture.find(capture, "select table_name, db_name, stable_name from "
                + "information_schema.ins_tables where 1 = 1  and table_name='at1' and db_name='probe_db'");
        p = project("ins_tables", column("ins_tables", "table_name", "at1")
                .and(column("ins_tables", "db_name", "probe_db")), "table_name", "db_name", "stable_name");
        assertSameFields(tables, p.fields());
        assertThat(p.rows()).isEqualTo(tables.rows()).containsExactly(List.of("at1", "probe_db", "alltypes"));

        Capture.Exchange views = Capture.find(capture, "select view_name, db_name from information_schema."
                + "ins_views where 1 = 1  and view_name='at1' and db_name= 'probe_db'");
        p = project("ins_views", r -> true, "view_name", "db_name");
        assertSameFields(views, p.fields());
        assertThat(p.rows()).isEqualTo(views.rows()).isEmpty();
    }

    @Test
    void showViewsHasEveryColumnOfInsViews() {
        Capture.Exchange e = Capture.find(capture, "show `probe_db`.views like '%'");
        SystemTable views = SystemTables.find("information_schema", "ins_views");
        assertSameFields(e, views.fields());
        assertThat(views.rows(ctx).rows()).isZero();
        assertThat(e.rows()).isEmpty();
    }

    @Test
    void blockWidthsOfTheDescribeResultAreTheObservedOnes() {
        Capture.Exchange e = Capture.find(capture, "describe probe_db.alltypes");
        assertThat(e.blocks()).hasSize(1);
        assertThat(e.blocks().get(0).schemas()).extracting(ColumnSchema::bytes)
                .containsExactly(327, 22, 4, 18, 14, 14, 14);
    }
}
