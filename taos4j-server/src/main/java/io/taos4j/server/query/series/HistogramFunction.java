package io.taos4j.server.query.series;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.query.expr.Read;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.type.DataType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code histogram(expr, bin_type, bin_desc, normalized)} (builtins.c {@code translateHitogram},
 * {@code validateHistogramBinDesc}; builtinsimpl.c {@code getHistogramBinDesc}, {@code histogramFunction},
 * {@code histogramFinalize}): one VARCHAR(510) row per bin, {@code {"lower_bin":%g, "upper_bin":%g, "count":%d}}, or
 * the share of the counted values as {@code %lf} when normalized. Bins are {@code (lower, upper]}; a value in no bin
 * is not counted. {@code linear_bin} takes {@code {"start", "width", "count", "infinity"}}, {@code log_bin}
 * {@code {"start", "factor", "count", "infinity"}} (keys matched case-insensitively, as cJSON does),
 * {@code user_input} a strictly ascending array of bounds. Input with no non-NULL value gives no rows.
 */
final class HistogramFunction implements SeriesFunction {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOUR_PARAMS = "HISTOGRAM function requires four parameters";
    private static final String BAD_FORMAT = "HISTOGRAM function invalid format for binDesc parameter";
    private static final String BAD_COUNT = "HISTOGRAM function binDesc parameter \"count\" should be in range [1, 1000]";
    private static final String BAD_RANGE = "HISTOGRAM function bin/parameter should be in range [-DBL_MAX, DBL_MAX]";
    private static final String ZERO_WIDTH = "HISTOGRAM function binDesc parameter \"width\" cannot be 0";
    private static final String ZERO_START = "HISTOGRAM function binDesc parameter \"start\" cannot be 0 with \"log_bin\""
            + " type";
    private static final String BAD_FACTOR = "HISTOGRAM function binDesc parameter \"factor\" cannot be negative or"
            + " equal to 0/1";

    @Override
    public String name() {
        return "histogram";
    }

    @Override
    public Kind kind() {
        return Kind.MULTI_ROWS;
    }

    @Override
    public boolean selector() {
        return false;
    }

    @Override
    public DataType bind(List<DataType> argTypes, List<Object> constants) {
        SeriesFunctions.arity(name(), argTypes, 4, 4);
        SeriesFunctions.requireNumeric(name(), argTypes.get(0));
        String type = stringConstant(argTypes, constants, 1);
        if (!type.equalsIgnoreCase("user_input") && !type.equalsIgnoreCase("linear_bin")
                && !type.equalsIgnoreCase("log_bin")) {
            throw SeriesFunctions.paraValue(name());
        }
        stringConstant(argTypes, constants, 2);
        Object normalized = constants.get(3);
        if (!(normalized instanceof Long l) || !argTypes.get(3).type().isInteger()) {
            throw SeriesFunctions.paraType(name());
        }
        if (l != 0 && l != 1) {
            throw SeriesFunctions.paraValue(name());
        }
        bounds(type, (String) constants.get(2));
        return DataType.varchar(510);
    }

    private String stringConstant(List<DataType> argTypes, List<Object> constants, int i) {
        TaosType t = argTypes.get(i).type();
        if (!(constants.get(i) instanceof String s) || t != TaosType.VARCHAR && t != TaosType.NCHAR) {
            throw SeriesFunctions.paraType(name());
        }
        return s;
    }

    @Override
    public Output apply(ColumnVector[] args, List<DataType> argTypes, DataType resultType, List<Object> constants,
                        long[] ts, int rows) {
        double[] bounds = bounds((String) constants.get(1), (String) constants.get(2));
        boolean normalized = (Long) constants.get(3) == 1;
        int bins = Math.max(0, bounds.length - 1);
        double[] lower = new double[bins];
        double[] upper = new double[bins];
        for (int i = 0; i < bins; i++) {
            lower[i] = Math.min(bounds[i], bounds[i + 1]);
            upper[i] = Math.max(bounds[i], bounds[i + 1]);
        }
        long[] counts = new long[bins];
        long total = 0;
        boolean any = false;
        ColumnVector v = args[0];
        TaosType in = argTypes.get(0).type();
        for (int r = 0; r < rows; r++) {
            if (v.isNull(r)) {
                continue;
            }
            any = true;
            double x = Read.asDouble(v, in, r);
            for (int k = 0; k < bins; k++) {
                if (x > lower[k] && x <= upper[k]) {
                    counts[k]++;
                    total++;
                    break;
                }
            }
        }
        int n = any ? bins : 0;
        BinaryVector out = new BinaryVector(TaosType.VARCHAR, n);
        for (int k = 0; k < n; k++) {
            String count = normalized ? fixed6(total == 0 ? 0 : counts[k] / (double) total) : Long.toString(counts[k]);
            String text = "{\"lower_bin\":" + g(lower[k]) + ", \"upper_bin\":" + g(upper[k]) + ", \"count\":" + count
                    + "}";
            out.append(text.getBytes(StandardCharsets.UTF_8));
        }
        return new Output(new int[n], n, out);
    }

    /** The bin bounds a description gives, or 0x2800 with TDengine's message. */
    static double[] bounds(String binType, String desc) {
        String type = binType.toLowerCase(Locale.ROOT);
        JsonNode node;
        try {
            node = JSON.readTree(desc);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node != null && node.isObject()) {
            if (node.size() != 4) {
                throw error(FOUR_PARAMS);
            }
            JsonNode start = member(node, "start");
            JsonNode factor = member(node, "factor");
            JsonNode width = member(node, "width");
            JsonNode count = member(node, "count");
            JsonNode infinity = member(node, "infinity");
            if (start == null || !start.isNumber() || count == null || !count.isNumber() || infinity == null
                    || !infinity.isBoolean()) {
                throw error(BAD_FORMAT);
            }
            int counter = cJsonInt(count.asDouble());
            if (counter <= 0 || counter > 1000) {
                throw error(BAD_COUNT);
            }
            if (Double.isInfinite(start.asDouble()) || width != null && Double.isInfinite(width.asDouble())
                    || factor != null && Double.isInfinite(factor.asDouble())) {
                throw error(BAD_RANGE);
            }
            boolean inf = infinity.asBoolean();
            int size = inf ? counter + 3 : counter + 1;
            double[] bounds = new double[size];
            int at = inf ? 1 : 0;
            if (width != null && width.isNumber() && factor == null && type.equals("linear_bin")) {
                if (width.asDouble() == 0) {
                    throw error(ZERO_WIDTH);
                }
                for (int i = 0; i <= counter; i++) {
                    bounds[at] = start.asDouble() + i * width.asDouble();
                    if (Double.isInfinite(bounds[at++])) {
                        throw error(BAD_RANGE);
                    }
                }
            } else if (factor != null && factor.isNumber() && width == null && type.equals("log_bin")) {
                if (start.asDouble() == 0) {
                    throw error(ZERO_START);
                }
                double f = factor.asDouble();
                if (f < 0 || f == 0 || f == 1) {
                    throw error(BAD_FACTOR);
                }
                for (int i = 0; i <= counter; i++) {
                    bounds[at] = start.asDouble() * Math.pow(f, i * 1.0);
                    if (Double.isInfinite(bounds[at++])) {
                        throw error(BAD_RANGE);
                    }
                }
            } else {
                throw error(BAD_FORMAT);
            }
            if (inf) {
                bounds[0] = Double.NEGATIVE_INFINITY;
                bounds[size - 1] = Double.POSITIVE_INFINITY;
                if (bounds[1] > bounds[size - 2]) {
                    // descending bounds: the infinities swap ends
                    bounds[0] = Double.POSITIVE_INFINITY;
                    bounds[size - 1] = Double.NEGATIVE_INFINITY;
                }
            }
            return bounds;
        }
        if (node != null && node.isArray()) {
            if (!type.equals("user_input") || node.isEmpty()) {
                throw error(BAD_FORMAT);
            }
            double[] bounds = new double[node.size()];
            for (int i = 0; i < bounds.length; i++) {
                JsonNode b = node.get(i);
                if (!b.isNumber()) {
                    throw error(BAD_FORMAT);
                }
                bounds[i] = b.asDouble();
                if (i > 0 && bounds[i] <= bounds[i - 1]) {
                    throw error(BAD_FORMAT);
                }
            }
            return bounds;
        }
        throw error(BAD_FORMAT);
    }

    /** cJSON_GetObjectItem: the first member whose name matches ignoring case. */
    private static JsonNode member(JsonNode object, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** cJSON's valueint: the double saturated to the int range, then truncated. */
    private static int cJsonInt(double d) {
        if (d >= Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        if (d <= Integer.MIN_VALUE) {
            return Integer.MIN_VALUE;
        }
        return (int) d;
    }

    private static SqlError error(String message) {
        return new SqlError(0x2800, message);
    }

    /** C's {@code %g}: 6 significant digits, trailing zeros dropped, exponent form below 1e-4 or from 1e6. */
    static String g(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exp = rounded.precision() - rounded.scale() - 1;
        if (exp < -4 || exp >= 6) {
            String mantissa = strip(rounded.movePointLeft(exp).toPlainString());
            String e = Integer.toString(Math.abs(exp));
            return mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        return strip(rounded.setScale(Math.max(0, 5 - exp), RoundingMode.HALF_EVEN).toPlainString());
    }

    private static String strip(String s) {
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

    /** C's {@code %lf}: six decimals. */
    static String fixed6(double v) {
        return new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }
}
