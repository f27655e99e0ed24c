package io.taos4j.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Completion candidates from a real (embedded) server's metadata. */
class SqlCompleterTest {
    private static Taos taos;
    private SqlCompleter completer;
    private SchemaCache schema;

    @BeforeAll
    static void start() {
        taos = TaosBuilder.fromDsn("taos+mem://completer-test").build();
        taos.execMany("create database power", "create database pulse",
                "create stable power.meters (ts timestamp, current float, voltage int) tags (location varchar(24))",
                "create table power.d1001 using power.meters tags ('SF')",
                "create table power.d1002 using power.meters tags ('LA')",
                "create table power.notes (ts timestamp, body varchar(100))");
    }

    @AfterAll
    static void stop() {
        taos.close();
    }

    @BeforeEach
    void setUp() {
        taos.exec("use power");
        schema = new SchemaCache(taos);
        completer = new SqlCompleter(schema);
    }

    @Test
    void keywordsAndFunctionsInTheCaseTyped() {
        assertThat(completer.candidates("sel", "")).contains("select");
        assertThat(completer.candidates("SEL", "")).contains("SELECT").doesNotContain("select");
        assertThat(completer.candidates("select last_", "")).contains("last_row");
        assertThat(completer.candidates("sou", "")).contains("source");
        assertThat(completer.candidates("select * from t\\", "")).containsExactly("\\G;");
    }

    @Test
    void databasesAfterUse() {
        assertThat(completer.candidates("use p", "")).containsExactlyInAnyOrder("power", "pulse",
                "performance_schema");
        assertThat(completer.candidates("drop database if exists pu", "")).containsExactly("pulse");
    }

    @Test
    void tablesOfTheCurrentDatabaseAfterFromAndDescribe() {
        assertThat(completer.candidates("select * from d", "")).containsExactlyInAnyOrder("d1001", "d1002");
        assertThat(completer.candidates("select * from ", "")).contains("meters", "d1001", "d1002", "notes",
                "power.", "pulse.");
        assertThat(completer.candidates("describe me", "")).containsExactly("meters");
        assertThat(completer.candidates("insert into no", "")).containsExactly("notes");
    }

    @Test
    void qualifiedNames() {
        taos.exec("use pulse");
        schema.invalidate();
        assertThat(completer.candidates("select * from power.d", "")).containsExactlyInAnyOrder("power.d1001",
                "power.d1002");
        assertThat(completer.candidates("select * from ", "")).contains("power.").doesNotContain("d1001");
        taos.exec("use power");
        schema.invalidate();
        assertThat(completer.candidates("select meters.vo", " from meters")).containsExactly("meters.voltage");
    }

    @Test
    void columnsAndTagsOfTheTablesTheStatementNames() {
        assertThat(completer.candidates("select cur", " from meters")).contains("current");
        assertThat(completer.candidates("select ts, ", " from meters")).contains("current", "voltage", "location");
        assertThat(completer.candidates("select * from notes where bo", "")).contains("body");
        assertThat(completer.candidates("select * from notes where ", "")).doesNotContain("voltage");
    }

    @Test
    void newTablesAppearAfterInvalidation() {
        assertThat(completer.candidates("select * from fresh", "")).isEmpty();
        taos.exec("create table power.fresh_table (ts timestamp, v int)");
        schema.invalidate();
        assertThat(completer.candidates("select * from fresh", "")).containsExactly("fresh_table");
    }

    @Test
    void withoutACurrentDatabaseOnlyWordsAndDatabases() {
        try (Taos other = TaosBuilder.fromDsn("taos+mem://completer-test").build()) {
            SqlCompleter c = new SqlCompleter(new SchemaCache(other));
            assertThat(c.candidates("select * from ", "")).containsExactlyInAnyOrder("power.", "pulse.",
                    "information_schema.", "performance_schema.");
            assertThat(c.candidates("select * from power.no", "")).containsExactly("power.notes");
        }
    }
}
