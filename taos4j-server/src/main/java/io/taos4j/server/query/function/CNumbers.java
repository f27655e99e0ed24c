package io.taos4j.server.query.function;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The C library behaviour TDengine's conversions inherit, reproduced in Java: {@code strtoll}/{@code strtoull}/
 * {@code strtod} prefix parsing (bad text reads as 0, overflow saturates), x86-64 float-to-integer truncation
 * (out-of-range gives the "integer indefinite" value) and {@code printf} {@code %g}/{@code %f} formatting.
 */
final class CNumbers {
    private static final double TWO_63 = 9.223372036854775808E18;

    private CNumbers() {
    }

    // ---- float to integer, as gcc compiles C casts on x86-64 ----

    /** {@code (int64_t) d}: NaN and out-of-range values give {@code INT64_MIN}. */
    static long toInt64(double d) {
        if (d != d || d >= TWO_63 || d < -TWO_63) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** {@code (int32_t) d} (also the first step of casts to 8- and 16-bit integers). */
    static int toInt32(double d) {
        if (d != d || d >= 2147483648.0 || d < -2147483648.0) {
            return Integer.MIN_VALUE;
        }
        return (int) d;
    }

    /** {@code (uint64_t) d} as a 64-bit pattern. */
    static long toUInt64(double d) {
        if (d < TWO_63) {
            return toInt64(d);
        }
        return toInt64(d - TWO_63) ^ Long.MIN_VALUE;
    }

    /** {@code (uint32_t) d}: the low 32 bits of the 64-bit conversion. */
    static int toUInt32(double d) {
        return (int) toInt64(d);
    }

    static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        return (double) ((v >>> 1) | (v & 1)) * 2.0;
    }

    static float unsignedToFloat(long v) {
        if (v >= 0) {
            return v;
        }
        return (float) ((v >>> 1) | (v & 1)) * 2.0f;
    }

    // ---- strto* ----

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code strtoll(s, NULL, 10)} (also {@code strtol} on LP64): saturates at the int64 range. */
    static long strtoll(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        long acc = 0;
        boolean overflow = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            int d = c - '0';
            // accumulate negatively so that INT64_MIN is representable
            if (acc < (Long.MIN_VALUE + d) / 10) {
                overflow = true;
            } else {
                acc = acc * 10 - d;
            }
        }
        if (overflow) {
            return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (!neg) {
            return acc == Long.MIN_VALUE ? Long.MAX_VALUE : -acc;
        }
        return acc;
    }

    /** {@code strtoull(s, NULL, 10)} (also {@code strtoul} on LP64) as a 64-bit pattern; "-1" gives all ones. */
    static long strtoull(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        long acc = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            int d = c - '0';
            if (Long.compareUnsigned(acc, Long.divideUnsigned(-1L - d, 10)) > 0) {
                return -1L;
            }
            acc = acc * 10 + d;
        }
        return neg ? -acc : acc;
    }

    /** {@code strtod(s, NULL)}: the longest prefix that reads as a number, 0 when there is none. */
    static double strtod(String s) {
        String p = floatPrefix(s);
        return p == null ? 0 : parsePrefix(p, false);
    }

    /** {@code strtof(s, NULL)}, rounding the text directly to float. */
    static float strtof(String s) {
        String p = floatPrefix(s);
        return p == null ? 0f : (float) parsePrefix(p, true);
    }

    private static double parsePrefix(String p, boolean toFloat) {
        String lower = p.toLowerCase(Locale.ROOT);
        boolean neg = lower.startsWith("-");
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        double v;
        if (body.startsWith("inf")) {
            v = Double.POSITIVE_INFINITY;
        } else if (body.startsWith("nan")) {
            v = Double.NaN;
        } else if (body.startsWith("0x")) {
            String h = body.contains("p") ? body : body + "p0";
            v = toFloat ? Float.parseFloat(h) : Double.parseDouble(h);
        } else {
            v = toFloat ? Float.parseFloat(body) : Double.parseDouble(body);
        }
        return neg ? -v : v;
    }

    /** The numeric prefix {@code strtod} would consume (after leading blanks), or null when there is none. */
    private static String floatPrefix(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        String rest = s.substring(i).toLowerCase(Locale.ROOT);
        if (rest.startsWith("infinity")) {
            return s.substring(start, i + 8);
        }
        if (rest.startsWith("inf") || rest.startsWith("nan")) {
            return s.substring(start, i + 3);
        }
        if (rest.startsWith("0x") && rest.length() > 2 && (hex(rest.charAt(2)) || rest.charAt(2) == '.'
                && rest.length() > 3 && hex(rest.charAt(3)))) {
            int j = i + 2;
            while (j < n && hex(s.charAt(j))) {
                j++;
            }
            if (j < n && s.charAt(j) == '.') {
                j++;
                while (j < n && hex(s.charAt(j))) {
                    j++;
                }
            }
            j = exponent(s, j, 'p');
            return s.substring(start, j);
        }
        int j = i;
        boolean digits = false;
        while (j < n && Character.isDigit(s.charAt(j)) && s.charAt(j) < 128) {
            j++;
            digits = true;
        }
        if (j < n && s.charAt(j) == '.') {
            j++;
            while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
                digits = true;
            }
        }
        if (!digits) {
            return null;
        }
        j = exponent(s, j, 'e');
        String p = s.substring(start, j);
        return p.endsWith(".") ? p + "0" : p;
    }

    private static int exponent(String s, int j, char marker) {
        int n = s.length();
        if (j < n && Character.toLowerCase(s.charAt(j)) == marker) {
            int e = j + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            int ds = e;
            while (e < n && s.charAt(e) >= '0' && s.charAt(e) <= '9') {
                e++;
            }
            if (e > ds) {
                return e;
            }
        }
        return j;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    // ---- printf ----

    private static String special(double v) {
        if (Double.isNaN(v)) {
            return (Double.doubleToRawLongBits(v) < 0 ? "-" : "") + "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return null;
    }

    /** {@code printf("%.<precision>g", v)}. */
    static String formatG(double v, int precision) {
        String sp = special(v);
        if (sp != null) {
            return sp;
        }
        int p = precision == 0 ? 1 : precision;
        String sign = v < 0 || v == 0 && 1 / v < 0 ? "-" : "";
        if (v == 0) {
            return sign + "0";
        }
        BigDecimal rounded = new BigDecimal(Math.abs(v)).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exp = rounded.precision() - rounded.scale() - 1;
        if (exp < -4 || exp >= p) {
            String digits = rounded.unscaledValue().toString();
            digits = (digits + "0".repeat(Math.max(0, p - digits.length()))).substring(0, p);
            String mant = digits.substring(0, 1);
            String frac = stripZeros(digits.substring(1));
            StringBuilder sb = new StringBuilder(sign).append(mant);
            if (!frac.isEmpty()) {
                sb.append('.').append(frac);
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            return sb.append(ae).toString();
        }
        String plain = rounded.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
        if (plain.indexOf('.') >= 0) {
            plain = stripZeros(plain);
            if (plain.endsWith(".")) {
                plain = plain.substring(0, plain.length() - 1);
            }
        }
        return sign + plain;
    }

    /** {@code printf("%.<decimals>f", v)}. */
    static String formatF(double v, int decimals) {
        String sp = special(v);
        if (sp != null) {
            return sp;
        }
        String sign = v < 0 || v == 0 && 1 / v < 0 ? "-" : "";
        return sign + new BigDecimal(Math.abs(v)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }
}
