package io.taos4j.jdbc.internal;

import io.taos4j.Block;
import io.taos4j.Field;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import io.taos4j.jdbc.internal.TableFinder.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Database metadata from TDengine's {@code information_schema} and {@code DESCRIBE}. Catalogs are databases; there
 * are no schemas. Table types: {@code TABLE} (normal tables), {@code STABLE} (super tables), {@code CHILD TABLE},
 * {@code SYSTEM TABLE} (information_schema, performance_schema) and {@code VIEW}; REMARKS holds the table comment.
 * Columns list data columns then tags (REMARKS {@code TAG}); the primary key is the first (timestamp) column, plus
 * the composite key column where there is one.
 */
final class JdbcDatabaseMetaData extends MetaDataFlags {
    private static final Pattern DECIMAL = Pattern.compile("\\((\\d+)\\s*,\\s*(\\d+)\\)");

    private final JdbcConnection connection;
    private final TableFinder finder;

    JdbcDatabaseMetaData(JdbcConnection connection) {
        this.connection = connection;
        this.finder = new TableFinder(this::rows, connection.config().biMode());
    }

    /** Runs a metadata query and returns its rows in memory. */
    List<Object[]> rows(String sql) throws SQLException {
        connection.checkOpen();
        io.taos4j.ResultSet rs = Await.await(connection.taos().queryAsync(sql), connection.limits(),
                io.taos4j.ResultSet::close);
        try (rs) {
            List<Object[]> out = new ArrayList<>();
            int n = rs.fields().size();
            Block b;
            while ((b = Await.await(rs.nextBlockAsync(), connection.limits(), null)) != null) {
                for (int r = 0; r < b.rows(); r++) {
                    Object[] row = new Object[n];
                    for (int c = 0; c < n; c++) {
                        row[c] = b.getObject(c, r);
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    private ResultSet result(List<Field> fields, List<Object[]> rows) {
        return JdbcResultSet.of(fields, rows, connection.zone());
    }

    private ResultSet empty(List<Field> fields) {
        return result(fields, List.of());
    }

    @Override
    int[] serverVersion() {
        String[] parts = connection.taos().serverVersion().split("\\.");
        int[] v = new int[2];
        for (int i = 0; i < 2 && i < parts.length; i++) {
            try {
                v[i] = Integer.parseInt(parts[i].replaceAll("\\D.*", ""));
            } catch (NumberFormatException e) {
                v[i] = 0;
            }
        }
        return v;
    }

    @Override
    public String getURL() {
        return connection.config().maskedUrl();
    }

    @Override
    public String getUserName() {
        return connection.config().builder().properties().getString(io.taos4j.TaosProperty.USER);
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public String getDatabaseProductName() {
        return "TDengine";
    }

    /** The version the server reported when connecting (what {@code SELECT server_version()} returns). */
    @Override
    public String getDatabaseProductVersion() {
        return connection.taos().serverVersion();
    }

    @Override
    public int getDatabaseMajorVersion() {
        return serverVersion()[0];
    }

    @Override
    public int getDatabaseMinorVersion() {
        return serverVersion()[1];
    }

    @Override
    public String getDriverName() {
        return DriverInfo.NAME;
    }

    @Override
    public String getDriverVersion() {
        return DriverInfo.VERSION;
    }

    @Override
    public int getDriverMajorVersion() {
        return DriverInfo.MAJOR;
    }

    @Override
    public int getDriverMinorVersion() {
        return DriverInfo.MINOR;
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (String db : finder.databases()) {
            rows.add(new Object[] {db});
        }
        return result(MetaColumns.CATALOGS, rows);
    }

    @Override
    public ResultSet getSchemas() {
        return empty(MetaColumns.SCHEMAS);
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern) {
        return empty(MetaColumns.SCHEMAS);
    }

    @Override
    public ResultSet getTableTypes() {
        List<Object[]> rows = new ArrayList<>();
        for (String t : TableFinder.TYPES) {
            rows.add(new Object[] {t});
        }
        return result(MetaColumns.TABLE_TYPES, rows);
    }

    @Override
    public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Table t : finder.find(catalog, schemaPattern, tableNamePattern, types)) {
            rows.add(new Object[] {t.db(), null, t.name(), t.type(), t.remarks(), null, null, null, null, null});
        }
        return result(MetaColumns.TABLES, rows);
    }

    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
                                String columnNamePattern) throws SQLException {
        Pattern columns = MetaColumns.pattern(columnNamePattern);
        Map<String, Precision> precisions = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        List<Table> tables = new ArrayList<>(finder.find(catalog, schemaPattern, tableNamePattern, null));
        tables.sort(Comparator.comparing(Table::db).thenComparing(Table::name));
        for (Table t : tables) {
            if (precisions.isEmpty()) {
                precisions.putAll(finder.precisions());
            }
            Precision p = precisions.getOrDefault(t.db(), Precision.MILLISECONDS);
            int ordinal = 0;
            for (Object[] d : rows("DESCRIBE " + TableFinder.quoted(t.db(), t.name()))) {
                ordinal++;
                String name = (String) d[0];
                if (MetaColumns.matches(columns, name)) {
                    rows.add(columnRow(t, ordinal, name, (String) d[1], ((Number) d[2]).intValue(),
                            d.length > 3 ? (String) d[3] : "", p));
                }
            }
        }
        return result(MetaColumns.COLUMNS, rows);
    }

    private static Object[] columnRow(Table t, int ordinal, String name, String typeText, int length, String note,
                                      Precision p) {
        TaosType type = JdbcTypes.ofName(typeText);
        int precision = 0;
        int scale = 0;
        Matcher m = DECIMAL.matcher(typeText);
        if (type.isDecimal() && m.find()) {
            precision = Integer.parseInt(m.group(1));
            scale = Integer.parseInt(m.group(2));
        }
        boolean key = ordinal == 1 || "COMPOSITE KEY".equalsIgnoreCase(note.trim());
        Integer digits = switch (type) {
            case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT -> 0;
            case TIMESTAMP -> p == Precision.MILLISECONDS ? 3 : p == Precision.MICROSECONDS ? 6 : 9;
            case DECIMAL, DECIMAL64 -> scale;
            default -> null;
        };
        Integer octets = switch (type) {
            case VARCHAR, VARBINARY, GEOMETRY, JSON, BLOB, MEDIUMBLOB -> length;
            case NCHAR -> length * 4;
            default -> null;
        };
        return new Object[] {t.db(), null, t.name(), name, JdbcTypes.sqlType(type), typeText,
            JdbcTypes.precision(type, length, precision, p), null, digits, 10,
            key ? DatabaseMetaData.columnNoNulls : DatabaseMetaData.columnNullable,
            note == null || note.isBlank() ? null : note.trim(), null, null, null, octets, ordinal,
            key ? "NO" : "YES", null, null, null, null, "NO", "NO"};
    }

    @Override
    public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        if (table != null) {
            for (Table t : finder.find(catalog, schema, TableFinder.escape(table), null)) {
                short seq = 0;
                for (Object[] d : rows("DESCRIBE " + TableFinder.quoted(t.db(), t.name()))) {
                    String note = d.length > 3 && d[3] != null ? ((String) d[3]).trim() : "";
                    if (seq == 0 || note.equalsIgnoreCase("COMPOSITE KEY")) {
                        rows.add(new Object[] {t.db(), null, t.name(), d[0], ++seq, null});
                    }
                }
            }
        }
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[3]));
        return result(MetaColumns.PRIMARY_KEYS, rows);
    }

    /** Child tables and the super table each belongs to. */
    @Override
    public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Table t : finder.find(catalog, schemaPattern, tableNamePattern, new String[] {TableFinder.CHILD})) {
            rows.add(new Object[] {t.db(), null, t.name(), t.superTable()});
        }
        return result(MetaColumns.SUPER_TABLES, rows);
    }

    @Override
    public ResultSet getTypeInfo() {
        return result(MetaColumns.TYPE_INFO, TypeInfo.rows());
    }

    @Override
    public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern) {
        return empty(MetaColumns.PROCEDURES);
    }

    @Override
    public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
                                         String columnNamePattern) {
        return empty(MetaColumns.PROCEDURE_COLUMNS);
    }

    @Override
    public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern) {
        return empty(MetaColumns.COLUMN_PRIVILEGES);
    }

    @Override
    public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern) {
        return empty(MetaColumns.TABLE_PRIVILEGES);
    }

    @Override
    public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope,
                                          boolean nullable) {
        return empty(MetaColumns.BEST_ROW);
    }

    @Override
    public ResultSet getVersionColumns(String catalog, String schema, String table) {
        return empty(MetaColumns.VERSION_COLUMNS);
    }

    @Override
    public ResultSet getImportedKeys(String catalog, String schema, String table) {
        return empty(MetaColumns.KEYS);
    }

    @Override
    public ResultSet getExportedKeys(String catalog, String schema, String table) {
        return empty(MetaColumns.KEYS);
    }

    @Override
    public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
                                       String foreignCatalog, String foreignSchema, String foreignTable) {
        return empty(MetaColumns.KEYS);
    }

    @Override
    public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique,
                                  boolean approximate) {
        return empty(MetaColumns.INDEX_INFO);
    }

    @Override
    public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types) {
        return empty(MetaColumns.UDTS);
    }

    @Override
    public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) {
        return empty(MetaColumns.SUPER_TYPES);
    }

    @Override
    public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
                                   String attributeNamePattern) {
        return empty(MetaColumns.ATTRIBUTES);
    }

    @Override
    public ResultSet getClientInfoProperties() {
        return result(MetaColumns.CLIENT_INFO, List.<Object[]>of(new Object[] {"ApplicationName", 24,
            io.taos4j.TaosProperty.APP.defaultValue(), "The app option sent when connecting (read-only)"}));
    }

    @Override
    public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern) {
        return empty(MetaColumns.FUNCTIONS);
    }

    @Override
    public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
                                        String columnNamePattern) {
        return empty(MetaColumns.FUNCTION_COLUMNS);
    }

    @Override
    public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
                                      String columnNamePattern) {
        return empty(MetaColumns.PSEUDO_COLUMNS);
    }
}
