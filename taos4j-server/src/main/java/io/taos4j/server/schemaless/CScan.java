package io.taos4j.server.schemaless;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The C library number parsing TDengine's schemaless parser relies on, reproduced over bytes: {@code strtod}
 * ({@link #strtod}) and {@code strtoll}/{@code strtoull} ({@link #strtoll}, {@link #strtoull}). Each call leaves the
 * parsed value and the end of the consumed prefix in fields, so the hot path allocates nothing. Not thread-safe:
 * one instance per parse.
 */
final class CScan {
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** The value of the last {@link #strtod} call. */
    double d;
    /** The value of the last {@link #strtoll}/{@link #strtoull} call (unsigned as its 64-bit pattern). */
    long l;
    /** True when the last integer conversion overflowed ({@code errno == ERANGE}). */
    boolean range;
    /** End of the prefix the last call consumed; equals the start when nothing was converted. */
    int end;

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    private static boolean matches(byte[] b, int p, int limit, String word) {
        if (limit - p < word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ((b[p + i] | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code strtod(b + from, &end)} limited to {@code limit}: leading white space, a sign, then a decimal or
     * hexadecimal number, {@code inf}/{@code infinity} or {@code nan}. Returns false (with {@link #end} = from) when
     * nothing converts.
     */
    boolean strtod(byte[] b, int from, int limit) {
        int p = from;
        while (p < limit && isSpace(b[p])) {
            p++;
        }
        boolean neg = false;
        if (p < limit && (b[p] == '+' || b[p] == '-')) {
            neg = b[p] == '-';
            p++;
        }
        if (matches(b, p, limit, "inf")) {
            p += 3;
            if (matches(b, p, limit, "inity")) {
                p += 5;
            }
            return done(neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, p);
        }
        if (matches(b, p, limit, "nan")) {
            p += 3;
            if (p < limit && b[p] == '(') {
                int q = p + 1;
                while (q < limit && (Character.isLetterOrDigit(b[q]) || b[q] == '_')) {
                    q++;
                }
                if (q < limit && b[q] == ')') {
                    p = q + 1;
                }
            }
            return done(Double.NaN, p);
        }
        if (p + 2 < limit && b[p] == '0' && (b[p + 1] | 0x20) == 'x'
                && (hex(b[p + 2]) >= 0 || b[p + 2] == '.' && p + 3 < limit && hex(b[p + 3]) >= 0)) {
            return hexFloat(b, p + 2, limit, neg);
        }
        int digitsStart = p;
        long mantissa = 0;
        int significant = 0;
        int scale = 0;
        boolean exact = true;
        int digits = 0;
        while (p < limit && isDigit(b[p])) {
            if (significant < 18) {
                mantissa = mantissa * 10 + (b[p] - '0');
                if (mantissa != 0) {
                    significant++;
                }
            } else {
                exact = false;
            }
            p++;
            digits++;
        }
        if (p < limit && b[p] == '.') {
            p++;
            while (p < limit && isDigit(b[p])) {
                if (significant < 18) {
                    mantissa = mantissa * 10 + (b[p] - '0');
                    if (mantissa != 0) {
                        significant++;
                    }
                    scale--;
                } else if (b[p] != '0') {
                    exact = false;
                }
                p++;
                digits++;
            }
        }
        if (digits == 0) {
            end = from;
            return false;
        }
        if (p < limit && (b[p] | 0x20) == 'e') {
            int q = p + 1;
            boolean expNeg = false;
            if (q < limit && (b[q] == '+' || b[q] == '-')) {
                expNeg = b[q] == '-';
                q++;
            }
            if (q < limit && isDigit(b[q])) {
                int exp = 0;
                while (q < limit && isDigit(b[q])) {
                    exp = Math.min(exp * 10 + (b[q] - '0'), 100_000);
                    q++;
                }
                scale += expNeg ? -exp : exp;
                p = q;
            }
        }
        double v;
        if (exact && mantissa < (1L << 53) && scale >= -22 && scale <= 22) {
            // both operands exact, one correctly rounded operation: the result is the correctly rounded value
            v = scale < 0 ? mantissa / POW10[-scale] : mantissa * POW10[scale];
        } else {
            v = Double.parseDouble(new String(b, digitsStart, p - digitsStart, StandardCharsets.ISO_8859_1));
        }
        return done(neg ? -v : v, p);
    }

    private boolean hexFloat(byte[] b, int p, int limit, boolean neg) {
        double v = 0;
        int exp = 0;
        while (p < limit && hex(b[p]) >= 0) {
            v = v * 16 + hex(b[p++]);
        }
        if (p < limit && b[p] == '.') {
            p++;
            while (p < limit && hex(b[p]) >= 0) {
                v = v * 16 + hex(b[p++]);
                exp -= 4;
            }
        }
        if (p < limit && (b[p] | 0x20) == 'p') {
            int q = p + 1;
            boolean expNeg = false;
            if (q < limit && (b[q] == '+' || b[q] == '-')) {
                expNeg = b[q] == '-';
                q++;
            }
            if (q < limit && isDigit(b[q])) {
                int e = 0;
                while (q < limit && isDigit(b[q])) {
                    e = Math.min(e * 10 + (b[q] - '0'), 100_000);
                    q++;
                }
                exp += expNeg ? -e : e;
                p = q;
            }
        }
        v = Math.scalb(v, exp);
        return done(neg ? -v : v, p);
    }

    private boolean done(double value, int p) {
        d = value;
        end = p;
        return true;
    }

    /** {@code strtoll(b + from, &end, 10)}: overflow saturates and sets {@link #range}; no digits gives 0. */
    void strtoll(byte[] b, int from, int limit) {
        integer(b, from, limit, false);
    }

    /** {@code strtoull(b + from, &end, 10)}: a leading minus negates (modulo 2^64), overflow sets {@link #range}. */
    void strtoull(byte[] b, int from, int limit) {
        integer(b, from, limit, true);
    }

    private void integer(byte[] b, int from, int limit, boolean unsigned) {
        range = false;
        int p = from;
        while (p < limit && isSpace(b[p])) {
            p++;
        }
        boolean neg = false;
        if (p < limit && (b[p] == '+' || b[p] == '-')) {
            neg = b[p] == '-';
            p++;
        }
        int digitsStart = p;
        long v = 0;
        boolean big = false;
        while (p < limit && isDigit(b[p])) {
            int digit = b[p] - '0';
            if (!big && v > (Long.MAX_VALUE - digit) / 10) {
                big = true;
            }
            if (!big) {
                v = v * 10 + digit;
            }
            p++;
        }
        if (p == digitsStart) {
            l = 0;
            end = from;
            return;
        }
        end = p;
        if (!big) {
            l = neg ? -v : v;
            return;
        }
        BigInteger exactValue = new BigInteger(new String(b, digitsStart, p - digitsStart, StandardCharsets.ISO_8859_1));
        if (unsigned) {
            if (exactValue.compareTo(UINT64_MAX) > 0) {
                range = true;
                l = -1L;
            } else {
                l = neg ? exactValue.negate().longValue() : exactValue.longValue();
            }
        } else {
            BigInteger signed = neg ? exactValue.negate() : exactValue;
            if (signed.bitLength() > 63) {
                range = true;
                l = neg ? Long.MIN_VALUE : Long.MAX_VALUE;
            } else {
                l = signed.longValue();
            }
        }
    }
}
