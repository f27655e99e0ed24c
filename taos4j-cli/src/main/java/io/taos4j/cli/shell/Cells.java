package io.taos4j.cli.shell;

import io.taos4j.Block;
import io.taos4j.Field;
import io.taos4j.protocol.Precision;
import io.taos4j.protocol.TaosType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;

/**
 * Values as the {@code taos} shell prints them: column widths by type (a table can be printed while its rows still
 * stream in), numbers right-aligned, FLOAT with 6 and DOUBLE with 15 significant digits ({@code %g}), timestamps
 * in the shell's time zone with as many fraction digits as the precision has, {@code NULL}, {@code true}/{@code
 * false}, binary as {@code \x...} hex. Reads {@link ShellSettings} on every call, so a changed display width applies
 * to the next result. Not thread-safe (shares the settings).
 */
public final class Cells {
    static final int FLOAT_WIDTH = 20;
    static final int DOUBLE_WIDTH = 25;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ShellSettings settings;

    public Cells(ShellSettings settings) {
        this.settings = settings;
    }

    /** The width of a column in a table, whatever its values: at least the label, else by type. */
    public int width(Field field, Precision precision) {
        int name = DisplayWidth.of(field.name());
        int display = settings.displayWidth();
        int byType = switch (field.type()) {
            case NULL -> 4;
            case BOOL -> 5;
            case TINYINT, UTINYINT -> 4;
            case SMALLINT, USMALLINT -> 6;
            case INT, UINT -> 11;
            case BIGINT, UBIGINT -> 21;
            case FLOAT -> FLOAT_WIDTH;
            case DOUBLE -> DOUBLE_WIDTH;
            case DECIMAL, DECIMAL64 -> Math.max(4, field.precision() + 2);
            case TIMESTAMP -> settings.rawTime() ? rawTimeWidth(precision) : 20 + fractionDigits(precision);
            case VARCHAR, GEOMETRY -> capped(field.length() + 2, display);
            case VARBINARY, BLOB, MEDIUMBLOB -> capped(field.length() * 2 + 4, display);
            case NCHAR, JSON -> capped(field.length() * 4 + 2, display);
        };
        return Math.max(name, byType);
    }

    private static int capped(int width, int display) {
        return width - 2 > display ? display : width;
    }

    private static int rawTimeWidth(Precision p) {
        return switch (p) {
            case MILLISECONDS -> 14;
            case MICROSECONDS -> 17;
            case NANOSECONDS -> 20;
        };
    }

    private static int fractionDigits(Precision p) {
        return switch (p) {
            case MILLISECONDS -> 3;
            case MICROSECONDS -> 6;
            case NANOSECONDS -> 9;
        };
    }

    /** True for the types taos right-aligns: numbers. */
    public static boolean alignsRight(TaosType type) {
        return switch (type) {
            case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT, FLOAT, DOUBLE, DECIMAL,
                    DECIMAL64 -> true;
            default -> false;
        };
    }

    /** The value fitted into {@code width} columns (0: as it is). */
    public String cell(Block block, int col, int row, int width) {
        boolean right = !block.isNull(col, row) && alignsRight(block.fields().get(col).type());
        return DisplayWidth.fit(text(block, col, row), width, right);
    }

    /** The whole value as text; {@code NULL} for null. */
    public String text(Block block, int col, int row) {
        if (block.isNull(col, row)) {
            return "NULL";
        }
        TaosType type = block.fields().get(col).type();
        return switch (type) {
            case BOOL -> block.getBoolean(col, row) ? "true" : "false";
            case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT -> Long.toString(block.getLong(col, row));
            case UBIGINT -> Long.toUnsignedString(block.getLong(col, row));
            case FLOAT -> significant(block.getFloat(col, row), 6);
            case DOUBLE -> significant(block.getDouble(col, row), 15);
            case DECIMAL, DECIMAL64 -> block.getBigDecimal(col, row).toPlainString();
            case TIMESTAMP -> timestamp(block.getLong(col, row), block.precision());
            case VARCHAR, NCHAR, JSON -> block.getString(col, row);
            default -> block.value(col, row).toString();
        };
    }

    /** A timestamp in the shell's zone ({@code 2024-01-01 08:00:00.000}), or raw ticks with {@code -r}. */
    public String timestamp(long ticks, Precision precision) {
        if (settings.rawTime()) {
            return Long.toString(ticks);
        }
        long perSecond = precision.ticksPerSecond();
        long seconds = Math.floorDiv(ticks, perSecond);
        long fraction = Math.floorMod(ticks, perSecond);
        String date = SECONDS.format(java.time.Instant.ofEpochSecond(seconds).atZone(settings.zone()));
        String digits = Long.toString(fraction);
        int n = fractionDigits(precision);
        return date + '.' + "0".repeat(n - digits.length()) + digits;
    }

    /**
     * A number as C's {@code %.<digits>g} writes it: rounded to that many significant digits, trailing zeros
     * dropped, in exponent form ({@code 1.5e+07}) when the exponent is below -4 or not below {@code digits}.
     */
    public static String significant(double v, int digits) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v) < 0 ? "-0" : "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -4 && exponent < digits) {
            return stripZeros(d.setScale(Math.max(0, digits - 1 - exponent), RoundingMode.HALF_EVEN)
                    .toPlainString());
        }
        String unscaled = d.unscaledValue().abs().toString();
        String mantissa = unscaled.length() == 1 ? unscaled
                : stripZeros(unscaled.charAt(0) + "." + unscaled.substring(1));
        String exp = Integer.toString(Math.abs(exponent));
        return (d.signum() < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? '-' : '+')
                + (exp.length() < 2 ? "0" : "") + exp;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * The value as a CSV field for {@code >> file}: text and timestamps in double quotes (quotes doubled), numbers
     * and booleans as they are, {@code NULL} for null.
     */
    public String csv(Block block, int col, int row) {
        if (block.isNull(col, row)) {
            return "NULL";
        }
        TaosType type = block.fields().get(col).type();
        return switch (type) {
            case BOOL -> block.getBoolean(col, row) ? "1" : "0";
            case VARCHAR, NCHAR, JSON, TIMESTAMP, VARBINARY, GEOMETRY, BLOB, MEDIUMBLOB ->
                    '"' + text(block, col, row).replace("\"", "\"\"") + '"';
            default -> text(block, col, row);
        };
    }
}
