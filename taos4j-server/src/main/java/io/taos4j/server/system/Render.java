package io.taos4j.server.system;

import io.taos4j.protocol.TaosType;
import io.taos4j.server.type.DataType;
import io.taos4j.server.type.Wkt;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * How TDengine 3.3.7.5 prints types and tag values in {@code ins_tags}, {@code ins_columns}, {@code SHOW CREATE} and
 * {@code DESCRIBE} (tdengine-sql.md §12.2–§12.4). Values use the catalog's representation (see
 * {@link io.taos4j.server.catalog.ChildTable}): Boolean, Long for integers (unsigned as their bit pattern) and
 * timestamps, Float, Double, String for VARCHAR/NCHAR/JSON, byte[] for VARBINARY/GEOMETRY, null for NULL. Stateless.
 */
public final class Render {
    /** The length TDengine shows for a JSON tag in {@code ins_tags.tag_type} (16384 bytes minus the 2-byte header). */
    static final int JSON_TAG_TYPE_LENGTH = 16382;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Render() {
    }

    /**
     * {@code ins_tags.tag_type}: {@code INT}, {@code VARCHAR(24)}, {@code NCHAR(5)}, {@code VARBINARY(8)},
     * {@code JSON(16382)}.
     */
    public static String tagType(DataType type) {
        return switch (type.type()) {
            case VARCHAR, NCHAR, VARBINARY, GEOMETRY -> type.sqlName();
            case JSON -> "JSON(" + JSON_TAG_TYPE_LENGTH + ")";
            default -> type.describeName();
        };
    }

    /**
     * {@code ins_columns.col_type}: {@code VARCHAR(10)}, {@code NCHAR(10)}, {@code DECIMAL(10,2)}, but plain
     * {@code VARBINARY} and {@code GEOMETRY}.
     */
    public static String columnType(DataType type) {
        return switch (type.type()) {
            case VARCHAR, NCHAR, DECIMAL, DECIMAL64 -> type.sqlName();
            default -> type.type().sqlName();
        };
    }

    /** A type in {@code SHOW CREATE TABLE}: {@code VARCHAR(24)}, {@code NCHAR(5)}, {@code DECIMAL(10,2)}. */
    public static String ddlType(DataType type) {
        return type.sqlName();
    }

    /** A name in backquotes with backquotes inside doubled, as SHOW CREATE TABLE writes table and column names. */
    public static String identifier(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    /**
     * {@code ins_tags.tag_value}: BOOL {@code true}/{@code false}, integers plain, TIMESTAMP ticks, FLOAT {@code %.5f},
     * DOUBLE {@code %.9f}, text as is, VARBINARY {@code \x6162}, GEOMETRY as WKT, JSON as its text; null for NULL.
     */
    public static String tagValue(Object value, DataType type) {
        if (value == null) {
            return null;
        }
        return switch (type.type()) {
            case FLOAT -> fixed(((Number) value).floatValue(), 5);
            case DOUBLE -> fixed(((Number) value).doubleValue(), 9);
            case VARBINARY -> hex(bytes(value));
            case GEOMETRY -> geometry(value);
            case VARCHAR, NCHAR, JSON -> text(value);
            default -> plain(value, type);
        };
    }

    /**
     * A tag value as {@code SHOW CREATE TABLE} writes it in {@code TAGS (...)}: strings in double quotes (not escaped),
     * FLOAT/DOUBLE in {@code %e} form, BOOL {@code true}/{@code false}, TIMESTAMP ticks, VARBINARY {@code "\x6162"},
     * JSON as the raw object text, {@code NULL}. GEOMETRY, which TDengine prints as raw WKB bytes, is written as
     * quoted WKT so that the statement can be run again.
     */
    public static String sqlLiteral(Object value, DataType type) {
        if (value == null) {
            return "NULL";
        }
        return switch (type.type()) {
            case FLOAT -> exponent(((Number) value).floatValue());
            case DOUBLE -> exponent(((Number) value).doubleValue());
            case VARBINARY -> '"' + hex(bytes(value)) + '"';
            case GEOMETRY -> '"' + geometry(value) + '"';
            case VARCHAR, NCHAR -> '"' + text(value) + '"';
            case JSON -> text(value);
            default -> plain(value, type);
        };
    }

    /** {@code \x} followed by upper-case hex digits (TDengine's {@code taosAscii2Hex}). */
    public static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(2 + 2 * bytes.length).append("\\x");
        for (byte b : bytes) {
            sb.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return sb.toString();
    }

    /** C's {@code %.<n>f}: the exact binary value rounded half-even; {@code -0.00000}, {@code inf}, {@code nan}. */
    static String fixed(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return special(v);
        }
        String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return negative(v) && s.charAt(0) != '-' ? "-" + s : s;
    }

    /** C's {@code %e}: six digits after the point and an exponent of at least two digits ({@code 1.500000e+00}). */
    static String exponent(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return special(v);
        }
        String sign = negative(v) ? "-" : "";
        if (v == 0) {
            return sign + "0.000000e+00";
        }
        BigDecimal d = new BigDecimal(v).abs().round(new MathContext(7, RoundingMode.HALF_EVEN));
        int exp = d.precision() - 1 - d.scale();
        StringBuilder digits = new StringBuilder(d.unscaledValue().toString());
        while (digits.length() < 7) {
            digits.append('0');
        }
        int e = Math.abs(exp);
        return sign + digits.charAt(0) + '.' + digits.substring(1, 7) + 'e' + (exp < 0 ? '-' : '+')
                + (e < 10 ? "0" : "") + e;
    }

    private static String special(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        return v > 0 ? "inf" : "-inf";
    }

    private static boolean negative(double v) {
        return v < 0 || (v == 0 && 1 / v < 0);
    }

    /** BOOL, integers (unsigned ones widened) and TIMESTAMP. */
    private static String plain(Object value, DataType type) {
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (type.type() == TaosType.BOOL) {
            return ((Number) value).longValue() != 0 ? "true" : "false";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        long l = ((Number) value).longValue();
        return switch (type.type()) {
            case UTINYINT -> Long.toString(l & 0xFFL);
            case USMALLINT -> Long.toString(l & 0xFFFFL);
            case UINT -> Long.toString(l & 0xFFFF_FFFFL);
            case UBIGINT -> Long.toUnsignedString(l);
            default -> Long.toString(l);
        };
    }

    private static String text(Object value) {
        return value instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : value.toString();
    }

    private static byte[] bytes(Object value) {
        return value instanceof byte[] b ? b : value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String geometry(Object value) {
        byte[] wkb = bytes(value);
        String wkt = wkb.length == 0 ? null : Wkt.toText(wkb);
        return wkt != null ? wkt : hex(wkb);
    }
}
