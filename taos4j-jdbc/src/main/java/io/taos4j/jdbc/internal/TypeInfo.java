package io.taos4j.jdbc.internal;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The rows of {@link DatabaseMetaData#getTypeInfo()}: every TDengine column type, sorted by JDBC type code. */
final class TypeInfo {
    private TypeInfo() {
    }

    private static final TaosType[] TYPES = {
        TaosType.BOOL, TaosType.TINYINT, TaosType.SMALLINT, TaosType.INT, TaosType.BIGINT, TaosType.UTINYINT,
        TaosType.USMALLINT, TaosType.UINT, TaosType.UBIGINT, TaosType.FLOAT, TaosType.DOUBLE, TaosType.DECIMAL,
        TaosType.TIMESTAMP, TaosType.VARCHAR, TaosType.NCHAR, TaosType.VARBINARY, TaosType.GEOMETRY, TaosType.JSON};

    static List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        for (TaosType t : TYPES) {
            rows.add(row(t));
        }
        rows.sort(Comparator.comparingInt((Object[] r) -> (Integer) r[1]));
        return rows;
    }

    private static Object[] row(TaosType t) {
        boolean text = t == TaosType.VARCHAR || t == TaosType.NCHAR || t == TaosType.JSON;
        boolean quoted = text || t == TaosType.TIMESTAMP;
        int precision = switch (t) {
            case VARCHAR, VARBINARY, GEOMETRY -> 65517;
            case NCHAR -> 16379;
            case JSON -> 4095;
            case DECIMAL -> 38;
            default -> JdbcTypes.precision(t, 0, 0, Precision.NANOSECONDS);
        };
        String params = switch (t) {
            case VARCHAR, NCHAR, VARBINARY, GEOMETRY -> "length";
            case DECIMAL -> "precision,scale";
            default -> null;
        };
        short searchable = (short) (t == TaosType.VARBINARY || t == TaosType.GEOMETRY || t == TaosType.JSON
                ? DatabaseMetaData.typePredBasic : DatabaseMetaData.typeSearchable);
        short maxScale = (short) (t == TaosType.DECIMAL ? 38 : t == TaosType.TIMESTAMP ? 9 : 0);
        return new Object[] {t.sqlName(), JdbcTypes.sqlType(t), precision,
            t == TaosType.VARBINARY ? "'\\x" : quoted ? "'" : null, quoted || t == TaosType.VARBINARY ? "'" : null,
            params, (short) DatabaseMetaData.typeNullable, text, searchable, t.isUnsigned(), false, false,
            t.sqlName(), (short) 0, maxScale, null, null, t.isNumeric() ? 10 : null};
    }
}
