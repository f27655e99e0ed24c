package io.taos4j.server.adapter;

import java.math.BigInteger;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * taosAdapter's query-parameter parsing and the texts of Go's errors that its 400 replies carry
 * ({@code strconv.ParseInt: parsing "x": invalid syntax}, {@code unknown time zone X}).
 */
final class GoParams {
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private GoParams() {
    }

    /** A parse failure with Go's message. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Invalid syntax(String func, String s) {
        return new Invalid("strconv." + func + ": parsing " + quote(s) + ": invalid syntax");
    }

    /** {@code strconv.ParseInt(s, 10, 64)}. */
    static long parseInt(String s) throws Invalid {
        BigInteger v = integer("ParseInt", s, true);
        if (v.compareTo(INT64_MIN) < 0 || v.compareTo(INT64_MAX) > 0) {
            throw new Invalid("strconv.ParseInt: parsing " + quote(s) + ": value out of range");
        }
        return v.longValue();
    }

    /** {@code strconv.ParseUint(s, 10, 64)}, as a 64-bit pattern. */
    static long parseUint(String s) throws Invalid {
        BigInteger v = integer("ParseUint", s, false);
        if (v.compareTo(UINT64_MAX) > 0) {
            throw new Invalid("strconv.ParseUint: parsing " + quote(s) + ": value out of range");
        }
        return v.longValue();
    }

    /** {@code strconv.Atoi(s)}. */
    static int atoi(String s) throws Invalid {
        BigInteger v = integer("Atoi", s, true);
        if (v.bitLength() > 63) {
            throw new Invalid("strconv.Atoi: parsing " + quote(s) + ": value out of range");
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v.longValue()));
    }

    private static BigInteger integer(String func, String s, boolean signed) throws Invalid {
        int i = 0;
        if (signed && !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i = 1;
        }
        if (i == s.length()) {
            throw syntax(func, s);
        }
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') {
                throw syntax(func, s);
            }
        }
        return new BigInteger(s.charAt(0) == '+' ? s.substring(1) : s);
    }

    /** {@code strconv.ParseBool}. */
    static boolean parseBool(String s) throws Invalid {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw syntax("ParseBool", s);
        };
    }

    /** {@code time.LoadLocation}: IANA names, {@code ""} and {@code UTC} for UTC, {@code Local} for the system's. */
    static ZoneId location(String name) throws Invalid {
        if (name.isEmpty() || name.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (name.equals("Local")) {
            return ZoneId.systemDefault();
        }
        if (!ZoneId.getAvailableZoneIds().contains(name)) {
            throw new Invalid("unknown time zone " + name);
        }
        return ZoneId.of(name);
    }
}
