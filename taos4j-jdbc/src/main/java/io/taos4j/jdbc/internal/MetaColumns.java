package io.taos4j.jdbc.internal;

import io.taos4j.Field;
import io.taos4j.protocol.TaosType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The column layouts of {@link java.sql.DatabaseMetaData} results, as JDBC 4.3 names them, and the matching of
 * JDBC name patterns ({@code %}, {@code _}, escaped with {@code \}).
 */
final class MetaColumns {
    private MetaColumns() {
    }

    /** Columns from specs {@code NAME} (text) or {@code NAME:INT|SMALLINT|BOOL|BIGINT}. */
    static List<Field> of(String... specs) {
        List<Field> out = new ArrayList<>(specs.length);
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            String name = colon < 0 ? spec : spec.substring(0, colon);
            TaosType type = colon < 0 ? TaosType.VARCHAR : TaosType.valueOf(spec.substring(colon + 1));
            out.add(new Field(name, type, type == TaosType.VARCHAR ? 192 : type.fixedSize(), 0, 0));
        }
        return List.copyOf(out);
    }

    static final List<Field> CATALOGS = of("TABLE_CAT");
    static final List<Field> SCHEMAS = of("TABLE_SCHEM", "TABLE_CATALOG");
    static final List<Field> TABLE_TYPES = of("TABLE_TYPE");
    static final List<Field> TABLES = of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS",
            "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION");
    static final List<Field> COLUMNS = of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE:INT",
            "TYPE_NAME", "COLUMN_SIZE:INT", "BUFFER_LENGTH:INT", "DECIMAL_DIGITS:INT", "NUM_PREC_RADIX:INT",
            "NULLABLE:INT", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:INT", "SQL_DATETIME_SUB:INT",
            "CHAR_OCTET_LENGTH:INT", "ORDINAL_POSITION:INT", "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA",
            "SCOPE_TABLE", "SOURCE_DATA_TYPE:SMALLINT", "IS_AUTOINCREMENT", "IS_GENERATEDCOLUMN");
    static final List<Field> PRIMARY_KEYS = of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
            "KEY_SEQ:SMALLINT", "PK_NAME");
    static final List<Field> SUPER_TABLES = of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "SUPERTABLE_NAME");
    static final List<Field> TYPE_INFO = of("TYPE_NAME", "DATA_TYPE:INT", "PRECISION:INT", "LITERAL_PREFIX",
            "LITERAL_SUFFIX", "CREATE_PARAMS", "NULLABLE:SMALLINT", "CASE_SENSITIVE:BOOL", "SEARCHABLE:SMALLINT",
            "UNSIGNED_ATTRIBUTE:BOOL", "FIXED_PREC_SCALE:BOOL", "AUTO_INCREMENT:BOOL", "LOCAL_TYPE_NAME",
            "MINIMUM_SCALE:SMALLINT", "MAXIMUM_SCALE:SMALLINT", "SQL_DATA_TYPE:INT", "SQL_DATETIME_SUB:INT",
            "NUM_PREC_RADIX:INT");
    static final List<Field> PROCEDURES = of("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "RESERVED1",
            "RESERVED2", "RESERVED3", "REMARKS", "PROCEDURE_TYPE:SMALLINT", "SPECIFIC_NAME");
    static final List<Field> PROCEDURE_COLUMNS = of("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME",
            "COLUMN_NAME", "COLUMN_TYPE:SMALLINT", "DATA_TYPE:INT", "TYPE_NAME", "PRECISION:INT", "LENGTH:INT",
            "SCALE:SMALLINT", "RADIX:SMALLINT", "NULLABLE:SMALLINT", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:INT",
            "SQL_DATETIME_SUB:INT", "CHAR_OCTET_LENGTH:INT", "ORDINAL_POSITION:INT", "IS_NULLABLE", "SPECIFIC_NAME");
    static final List<Field> COLUMN_PRIVILEGES = of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
            "GRANTOR", "GRANTEE", "PRIVILEGE", "IS_GRANTABLE");
    static final List<Field> TABLE_PRIVILEGES = of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "GRANTOR", "GRANTEE",
            "PRIVILEGE", "IS_GRANTABLE");
    static final List<Field> BEST_ROW = of("SCOPE:SMALLINT", "COLUMN_NAME", "DATA_TYPE:INT", "TYPE_NAME",
            "COLUMN_SIZE:INT", "BUFFER_LENGTH:INT", "DECIMAL_DIGITS:SMALLINT", "PSEUDO_COLUMN:SMALLINT");
    static final List<Field> VERSION_COLUMNS = of("SCOPE:SMALLINT", "COLUMN_NAME", "DATA_TYPE:INT", "TYPE_NAME",
            "COLUMN_SIZE:INT", "BUFFER_LENGTH:INT", "DECIMAL_DIGITS:SMALLINT", "PSEUDO_COLUMN:SMALLINT");
    static final List<Field> KEYS = of("PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME",
            "FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ:SMALLINT",
            "UPDATE_RULE:SMALLINT", "DELETE_RULE:SMALLINT", "FK_NAME", "PK_NAME", "DEFERRABILITY:SMALLINT");
    static final List<Field> INDEX_INFO = of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "NON_UNIQUE:BOOL",
            "INDEX_QUALIFIER", "INDEX_NAME", "TYPE:SMALLINT", "ORDINAL_POSITION:SMALLINT", "COLUMN_NAME",
            "ASC_OR_DESC", "CARDINALITY:BIGINT", "PAGES:BIGINT", "FILTER_CONDITION");
    static final List<Field> UDTS = of("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "CLASS_NAME", "DATA_TYPE:INT",
            "REMARKS", "BASE_TYPE:SMALLINT");
    static final List<Field> SUPER_TYPES = of("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SUPERTYPE_CAT",
            "SUPERTYPE_SCHEM", "SUPERTYPE_NAME");
    static final List<Field> ATTRIBUTES = of("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "ATTR_NAME", "DATA_TYPE:INT",
            "ATTR_TYPE_NAME", "ATTR_SIZE:INT", "DECIMAL_DIGITS:INT", "NUM_PREC_RADIX:INT", "NULLABLE:INT", "REMARKS",
            "ATTR_DEF", "SQL_DATA_TYPE:INT", "SQL_DATETIME_SUB:INT", "CHAR_OCTET_LENGTH:INT", "ORDINAL_POSITION:INT",
            "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE:SMALLINT");
    static final List<Field> CLIENT_INFO = of("NAME", "MAX_LEN:INT", "DEFAULT_VALUE", "DESCRIPTION");
    static final List<Field> FUNCTIONS = of("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS",
            "FUNCTION_TYPE:SMALLINT", "SPECIFIC_NAME");
    static final List<Field> FUNCTION_COLUMNS = of("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "COLUMN_NAME",
            "COLUMN_TYPE:SMALLINT", "DATA_TYPE:INT", "TYPE_NAME", "PRECISION:INT", "LENGTH:INT", "SCALE:SMALLINT",
            "RADIX:SMALLINT", "NULLABLE:SMALLINT", "REMARKS", "CHAR_OCTET_LENGTH:INT", "ORDINAL_POSITION:INT",
            "IS_NULLABLE", "SPECIFIC_NAME");
    static final List<Field> PSEUDO_COLUMNS = of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
            "DATA_TYPE:INT", "COLUMN_SIZE:INT", "DECIMAL_DIGITS:INT", "NUM_PREC_RADIX:INT", "COLUMN_USAGE", "REMARKS",
            "CHAR_OCTET_LENGTH:INT", "IS_NULLABLE");

    /** A JDBC name pattern as a predicate; null matches everything. */
    static Pattern pattern(String jdbcPattern) {
        if (jdbcPattern == null) {
            return null;
        }
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < jdbcPattern.length(); i++) {
            char c = jdbcPattern.charAt(i);
            if (c == '\\' && i + 1 < jdbcPattern.length()) {
                re.append(Pattern.quote(String.valueOf(jdbcPattern.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    static boolean matches(Pattern p, String name) {
        return p == null || name != null && p.matcher(name).matches();
    }

    /** The literal name a pattern stands for, or null when it has wildcards. */
    static String literal(String jdbcPattern) {
        if (jdbcPattern == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < jdbcPattern.length(); i++) {
            char c = jdbcPattern.charAt(i);
            if (c == '\\' && i + 1 < jdbcPattern.length()) {
                sb.append(jdbcPattern.charAt(++i));
            } else if (c == '%' || c == '_') {
                return null;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
