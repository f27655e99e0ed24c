package io.taos4j.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data column or tag of the benchmark's super table, as taosBenchmark describes one: a type, a length for text
 * types, the range values are drawn from ({@code [min, max)}), or a list of values to pick from.
 *
 * @param name   column name
 * @param type   its type
 * @param length declared length of VARCHAR/NCHAR/VARBINARY, 0 for other types
 * @param min    smallest generated value (numbers)
 * @param max    generated values stay below this (numbers)
 * @param values values to pick from (text types), empty for random text
 */
public record ColumnSpec(String name, Type type, int length, double min, double max, List<String> values) {

    /** The column types bench can generate data for (taosBenchmark's names in parentheses where they differ). */
    public enum Type {
        BOOL("BOOL"), TINYINT("TINYINT"), SMALLINT("SMALLINT"), INT("INT"), BIGINT("BIGINT"),
        UTINYINT("TINYINT UNSIGNED"), USMALLINT("SMALLINT UNSIGNED"), UINT("INT UNSIGNED"),
        UBIGINT("BIGINT UNSIGNED"), FLOAT("FLOAT"), DOUBLE("DOUBLE"), TIMESTAMP("TIMESTAMP"),
        VARCHAR("VARCHAR"), NCHAR("NCHAR"), VARBINARY("VARBINARY");

        private final String sql;

        Type(String sql) {
            this.sql = sql;
        }

        boolean isText() {
            return this == VARCHAR || this == NCHAR || this == VARBINARY;
        }

        boolean isInteger() {
            return switch (this) {
                case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT -> true;
                default -> false;
            };
        }
    }

    /** Default length of text columns given without one (taosBenchmark's {@code -w} default). */
    public static final int DEFAULT_TEXT_LENGTH = 64;
    private static final Pattern TYPE = Pattern.compile("\\s*([A-Za-z_ ]+?)\\s*(?:\\(\\s*(\\d+)\\s*\\))?\\s*");

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        if (type.isText() && length < 1) {
            throw new IllegalArgumentException("column " + name + ": " + type.sql + " needs a length of at least 1");
        }
        if (!(max > min) && values.isEmpty() && type != Type.BOOL && type != Type.TIMESTAMP && !type.isText()) {
            throw new IllegalArgumentException("column " + name + ": max (" + max + ") must be above min (" + min
                    + ")");
        }
    }

    /** A column of {@code type} with the default range for it. */
    public static ColumnSpec of(String name, String type) {
        Matcher m = TYPE.matcher(type);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown column type '" + type + "'");
        }
        Type t = parseType(m.group(1));
        int length = t.isText() ? (m.group(2) != null ? Integer.parseInt(m.group(2)) : DEFAULT_TEXT_LENGTH) : 0;
        return new ColumnSpec(name, t, length, 0, defaultMax(t), List.of());
    }

    /** This column with another range. */
    public ColumnSpec withRange(double min, double max) {
        return new ColumnSpec(name, type, length, min, max, values);
    }

    /** This column drawing its values from {@code values}. */
    public ColumnSpec withValues(List<String> values) {
        return new ColumnSpec(name, type, length, min, max, values);
    }

    /** The type as SQL writes it in CREATE STABLE: {@code FLOAT}, {@code VARCHAR(16)}. */
    public String sqlType() {
        return type.isText() ? type.sql + "(" + length + ")" : type.sql;
    }

    /** taosBenchmark's type names: {@code binary} is VARCHAR, {@code uint} is INT UNSIGNED, and so on. */
    static Type parseType(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (n) {
            case "bool", "boolean" -> Type.BOOL;
            case "tinyint" -> Type.TINYINT;
            case "smallint" -> Type.SMALLINT;
            case "int", "integer" -> Type.INT;
            case "bigint" -> Type.BIGINT;
            case "utinyint", "tinyint unsigned" -> Type.UTINYINT;
            case "usmallint", "smallint unsigned" -> Type.USMALLINT;
            case "uint", "int unsigned" -> Type.UINT;
            case "ubigint", "bigint unsigned" -> Type.UBIGINT;
            case "float" -> Type.FLOAT;
            case "double" -> Type.DOUBLE;
            case "timestamp" -> Type.TIMESTAMP;
            case "binary", "varchar" -> Type.VARCHAR;
            case "nchar" -> Type.NCHAR;
            case "varbinary" -> Type.VARBINARY;
            case "json", "geometry", "decimal", "blob" -> throw new IllegalArgumentException(
                    "bench cannot generate " + n.toUpperCase(Locale.ROOT) + " values yet; use numbers, BOOL, "
                            + "TIMESTAMP, VARCHAR/BINARY, NCHAR or VARBINARY");
            default -> throw new IllegalArgumentException("unknown column type '" + name + "'");
        };
    }

    private static double defaultMax(Type t) {
        return switch (t) {
            case TINYINT, UTINYINT -> 100;
            case BOOL, TIMESTAMP, VARCHAR, NCHAR, VARBINARY -> 1;
            default -> 1000;
        };
    }

    /**
     * {@code count} columns from one description, named as taosBenchmark names them: {@code name}, {@code name_2},
     * {@code name_3}...
     */
    static List<ColumnSpec> repeated(ColumnSpec spec, int count) {
        List<ColumnSpec> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(i == 1 ? spec : new ColumnSpec(spec.name + "_" + i, spec.type, spec.length, spec.min, spec.max,
                    spec.values));
        }
        return out;
    }
}
