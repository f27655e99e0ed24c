package io.taos4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcDatabaseMetaDataTest {

    @BeforeAll
    static void schema() throws SQLException {
        TestServer.exec("drop database if exists md_db", "create database md_db precision 'ns'",
                "create stable md_db.meters (ts timestamp, current float, voltage int, note nchar(8))"
                        + " tags (groupid int, location varchar(24)) comment 'power meters'",
                "create table md_db.d1 using md_db.meters tags (1, 'SF')",
                "create table md_db.d2 using md_db.meters tags (2, 'LA')",
                "create table md_db.plain (ts timestamp, v bigint unsigned)");
    }

    private static List<String> column(ResultSet rs, String... labels) throws SQLException {
        List<String> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (String l : labels) {
                    sb.append(sb.length() == 0 ? "" : "|").append(rs.getString(l));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Test
    void tablesWithTheirTypesAndComments() throws SQLException {
        try (Connection c = TestServer.connect("")) {
            DatabaseMetaData md = c.getMetaData();
            assertThat(column(md.getTableTypes(), "TABLE_TYPE"))
                    .containsExactly("CHILD TABLE", "STABLE", "SYSTEM TABLE", "TABLE", "VIEW");
            assertThat(column(md.getTables("md_db", null, "%", null), "TABLE_NAME", "TABLE_TYPE", "REMARKS"))
                    .containsExactly("d1|CHILD TABLE|null", "d2|CHILD TABLE|null", "meters|STABLE|power meters",
                            "plain|TABLE|null");
            assertThat(column(md.getTables("md_db", null, "d_", new String[] {"CHILD TABLE"}), "TABLE_NAME"))
                    .containsExactly("d1", "d2");
            assertThat(column(md.getTables(null, null, "meters", new String[] {"STABLE"}), "TABLE_CAT"))
                    .containsExactly("md_db");
            assertThat(column(md.getTables("md_db", "no_schema", "%", null), "TABLE_NAME")).isEmpty();
            assertThat(column(md.getTables("", null, "%", null), "TABLE_NAME")).isEmpty();
            assertThat(column(md.getTables("information_schema", null, "ins_tables", null), "TABLE_TYPE"))
                    .containsExactly("SYSTEM TABLE");
            assertThat(column(md.getSuperTables("md_db", null, "%"), "TABLE_NAME", "SUPERTABLE_NAME"))
                    .containsExactly("d1|meters", "d2|meters");
            assertThat(column(md.getSchemas(), "TABLE_SCHEM")).isEmpty();
            assertThat(column(md.getCatalogs(), "TABLE_CAT")).contains("md_db", "information_schema");
        }
        Properties bi = new Properties();
        bi.setProperty("conmode", "1");
        try (Connection c = new TaosDriver().connect(TestServer.wsUrl(""), bi)) {
            DatabaseMetaData md = c.getMetaData();
            assertThat(column(md.getCatalogs(), "TABLE_CAT")).contains("md_db").doesNotContain("information_schema");
            assertThat(column(md.getTables("md_db", null, "%", null), "TABLE_NAME")).containsExactly("meters", "plain");
        }
    }

    @Test
    void columnsIncludeTagsAndKeys() throws SQLException {
        try (Connection c = TestServer.connect("")) {
            DatabaseMetaData md = c.getMetaData();
            assertThat(column(md.getColumns("md_db", null, "meters", null), "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME",
                    "COLUMN_SIZE", "DECIMAL_DIGITS", "NULLABLE", "REMARKS", "ORDINAL_POSITION", "IS_NULLABLE"))
                    .containsExactly(
                            "ts|" + Types.TIMESTAMP + "|TIMESTAMP|29|9|0|null|1|NO",
                            "current|" + Types.FLOAT + "|FLOAT|7|null|1|null|2|YES",
                            "voltage|" + Types.INTEGER + "|INT|10|0|1|null|3|YES",
                            "note|" + Types.NCHAR + "|NCHAR|8|null|1|null|4|YES",
                            "groupid|" + Types.INTEGER + "|INT|10|0|1|TAG|5|YES",
                            "location|" + Types.VARCHAR + "|VARCHAR|24|null|1|TAG|6|YES");
            assertThat(column(md.getColumns("md_db", null, "d1", "loc%"), "TABLE_NAME", "COLUMN_NAME"))
                    .containsExactly("d1|location");
            assertThat(column(md.getColumns("md_db", null, "plain", "v"), "DATA_TYPE", "TYPE_NAME"))
                    .containsExactly(Types.NUMERIC + "|BIGINT UNSIGNED");
            assertThat(column(md.getPrimaryKeys("md_db", null, "meters"), "COLUMN_NAME", "KEY_SEQ"))
                    .containsExactly("ts|1");
            assertThat(column(md.getPrimaryKeys(null, null, "d2"), "TABLE_CAT", "COLUMN_NAME"))
                    .containsExactly("md_db|ts");
            List<String> types = column(md.getTypeInfo(), "TYPE_NAME", "DATA_TYPE", "UNSIGNED_ATTRIBUTE");
            assertThat(types).contains("INT|" + Types.INTEGER + "|false", "BIGINT UNSIGNED|" + Types.NUMERIC + "|true",
                    "TIMESTAMP|" + Types.TIMESTAMP + "|false", "NCHAR|" + Types.NCHAR + "|false");
            assertThat(types).hasSize(18);
            assertThat(column(md.getIndexInfo("md_db", null, "meters", false, false), "INDEX_NAME")).isEmpty();
            try (ResultSet rs = md.getImportedKeys("md_db", null, "meters")) {
                assertThat(rs.getMetaData().getColumnCount()).isEqualTo(14);
            }
        }
    }

    @Test
    void capabilitiesTellTheTruth() throws SQLException {
        try (Connection c = TestServer.connect("")) {
            DatabaseMetaData md = c.getMetaData();
            assertThat(md.getJDBCMajorVersion()).isEqualTo(4);
            assertThat(md.getJDBCMinorVersion()).isEqualTo(3);
            assertThat(md.getDriverName()).isEqualTo("taos4j JDBC");
            assertThat(md.getDriverVersion()).isEqualTo("0.1.0-SNAPSHOT");
            assertThat(md.getDriverMajorVersion()).isZero();
            assertThat(md.getDriverMinorVersion()).isEqualTo(1);
            assertThat(md.getDatabaseProductName()).isEqualTo("TDengine");
            assertThat(md.getDatabaseProductVersion()).isEqualTo("3.3.8.0");
            assertThat(md.getDatabaseMajorVersion()).isEqualTo(3);
            assertThat(md.getDatabaseMinorVersion()).isEqualTo(3);
            assertThat(md.supportsTransactions()).isFalse();
            assertThat(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_NONE)).isTrue();
            assertThat(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE)).isFalse();
            assertThat(md.supportsSavepoints()).isFalse();
            assertThat(md.supportsStoredProcedures()).isFalse();
            assertThat(md.supportsGetGeneratedKeys()).isFalse();
            assertThat(md.supportsBatchUpdates()).isTrue();
            assertThat(md.supportsResultSetType(ResultSet.TYPE_FORWARD_ONLY)).isTrue();
            assertThat(md.supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE)).isFalse();
            assertThat(md.supportsResultSetConcurrency(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE))
                    .isFalse();
            assertThat(md.supportsSchemasInDataManipulation()).isFalse();
            assertThat(md.supportsCatalogsInDataManipulation()).isTrue();
            assertThat(md.supportsUnionAll()).isTrue();
            assertThat(md.storesLowerCaseIdentifiers()).isTrue();
            assertThat(md.getIdentifierQuoteString()).isEqualTo("`");
            assertThat(md.getSQLKeywords()).contains("STABLE", "TAGS", "INTERVAL");
            assertThat(md.getSearchStringEscape()).isEqualTo("\\");
            assertThat(md.getURL()).startsWith("jdbc:TAOS-WS://").doesNotContain("taosdata");
            assertThat(md.getUserName()).isEqualTo("root");
            assertThat(md.getConnection()).isSameAs(c);
            assertThat(md.getSQLStateType()).isEqualTo(DatabaseMetaData.sqlStateSQL);
            assertThat(md.getRowIdLifetime()).isEqualTo(java.sql.RowIdLifetime.ROWID_UNSUPPORTED);
        }
    }
}
