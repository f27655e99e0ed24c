package io.taos4j.server.schemaless;

import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.server.type.Wkt;
import java.nio.charset.StandardCharsets;

/**
 * The typed value of a line-protocol field or a telnet value (clientSmlLine.c {@code smlParseValue},
 * clientSml.c {@code smlParseNumber}): {@code "..."} VARCHAR, {@code L"..."} NCHAR, {@code G"..."} GEOMETRY (WKT),
 * {@code B"..."} VARBINARY, {@code t}/{@code true}/{@code f}/{@code false} in any case BOOL, and numbers by suffix:
 * none or {@code f64} DOUBLE, {@code f32} FLOAT, {@code i8}/{@code i16}/{@code i32}/{@code i64} or {@code i} signed,
 * {@code u8}.. {@code u64} or {@code u} unsigned. Results go to {@link #type}, {@link #bits} and {@link #length};
 * variable-length bytes are copied into the batch's store. Not thread-safe.
 */
final class SmlValueParser {
    /** Longest VARCHAR/VARBINARY/GEOMETRY value (TSDB_MAX_BINARY_LEN - VARSTR_HEADER_SIZE). */
    static final int MAX_BINARY = 65515;
    /** Longest NCHAR value in characters ((TSDB_MAX_NCHAR_LEN - VARSTR_HEADER_SIZE) / 4). */
    static final int MAX_NCHAR = 4095;

    private final CScan scan = new CScan();
    TaosType type;
    long bits;
    /** Bytes for variable-length values (UTF-8 for strings), the fixed size otherwise. */
    int length;
    /** Message of a rejected number ({@code "invalid data"} and friends), or null. */
    String numberError;

    /**
     * Parses {@code d[from, from+len)}.
     *
     * @param escaped whether the text holds backslash escapes of a field value
     * @return 0, or the TDengine error code of a value it rejects
     */
    int parse(SmlBatch batch, byte[] d, int from, int len, boolean escaped) {
        numberError = null;
        byte c = d[from];
        byte last = d[from + len - 1];
        switch (c) {
            case '"' -> {
                if (len < 2 || last != '"') {
                    return TaosError.TSC_INVALID_VALUE.code();
                }
                if (len - 2 > MAX_BINARY) {
                    return TaosError.PAR_INVALID_VAR_COLUMN_LEN.code();
                }
                return string(TaosType.VARCHAR, batch, d, from + 1, len - 2, escaped);
            }
            case 'l', 'L' -> {
                if (len < 3 || d[from + 1] != '"' || last != '"') {
                    return TaosError.TSC_INVALID_VALUE.code();
                }
                if (len - 3 > MAX_NCHAR) {
                    return TaosError.PAR_INVALID_VAR_COLUMN_LEN.code();
                }
                return string(TaosType.NCHAR, batch, d, from + 2, len - 3, escaped);
            }
            case 'g', 'G' -> {
                if (len < 9 || d[from + 1] != '"' || last != '"') {
                    return TaosError.TSC_INVALID_VALUE.code();
                }
                byte[] wkb = Wkt.toWkb(new String(d, from + 2, len - 3, StandardCharsets.UTF_8));
                if (wkb == null) {
                    return TaosError.TSC_INVALID_VALUE.code();
                }
                if (wkb.length > MAX_BINARY) {
                    return TaosError.PAR_INVALID_VAR_COLUMN_LEN.code();
                }
                type = TaosType.GEOMETRY;
                bits = batch.storeBytes(wkb, 0, wkb.length);
                length = wkb.length;
                return 0;
            }
            case 'b', 'B' -> {
                if (len < 3 || d[from + 1] != '"' || last != '"') {
                    return TaosError.TSC_INVALID_VALUE.code();
                }
                return varbinary(batch, d, from + 2, len - 3, escaped);
            }
            case 't', 'T' -> {
                return bool(d, from, len, "true", 1L);
            }
            case 'f', 'F' -> {
                return bool(d, from, len, "false", 0L);
            }
            default -> {
                return number(d, from, len);
            }
        }
    }

    private int bool(byte[] d, int from, int len, String word, long value) {
        if (len != 1 && !(len == word.length() && sameIgnoringCase(d, from, word))) {
            return TaosError.TSC_INVALID_VALUE.code();
        }
        type = TaosType.BOOL;
        bits = value;
        length = 1;
        return 0;
    }

    private static boolean sameIgnoringCase(byte[] d, int from, String word) {
        for (int i = 0; i < word.length(); i++) {
            if ((d[from + i] | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int string(TaosType t, SmlBatch batch, byte[] d, int from, int len, boolean escaped) {
        type = t;
        if (escaped) {
            int at = batch.reserve(len);
            int n = Escapes.unescape(Escapes.FIELD_VALUE, d, from, len, batch.store, at);
            batch.storeLength = at + n;
            bits = (long) at << 32 | n;
            length = n;
        } else {
            bits = batch.storeBytes(d, from, len);
            length = len;
        }
        return 0;
    }

    private int varbinary(SmlBatch batch, byte[] d, int from, int len, boolean escaped) {
        type = TaosType.VARBINARY;
        if (len >= 2 && d[from] == '\\' && (d[from + 1] == 'x' || d[from + 1] == 'X')) {
            int digits = len - 2;
            if (digits % 2 != 0) {
                return TaosError.PAR_INVALID_VARBINARY.code();
            }
            if (digits / 2 > MAX_BINARY) {
                return TaosError.PAR_INVALID_VAR_COLUMN_LEN.code();
            }
            int at = batch.reserve(digits / 2);
            for (int i = 0; i < digits / 2; i++) {
                int hi = Character.digit(d[from + 2 + 2 * i], 16);
                int lo = Character.digit(d[from + 3 + 2 * i], 16);
                if (hi < 0 || lo < 0) {
                    batch.storeLength = at;
                    return TaosError.PAR_INVALID_VARBINARY.code();
                }
                batch.store[at + i] = (byte) (hi << 4 | lo);
            }
            bits = (long) at << 32 | (digits / 2);
            length = digits / 2;
            return 0;
        }
        if (len > MAX_BINARY) {
            return TaosError.PAR_INVALID_VAR_COLUMN_LEN.code();
        }
        return string(TaosType.VARBINARY, batch, d, from, len, escaped);
    }

    private int number(byte[] d, int from, int len) {
        int end = from + len;
        if (!scan.strtod(d, from, end)) {
            return numberFailed("invalid data");
        }
        double r = scan.d;
        int s = scan.end;
        int left = end - s;
        byte s0 = left > 0 ? (byte) (d[s] | 0x20) : 0;
        if (left == 0 || left == 3 && s0 == 'f' && d[s + 1] == '6' && d[s + 2] == '4') {
            return fixed(TaosType.DOUBLE, Double.doubleToRawLongBits(r));
        }
        if (left == 3 && s0 == 'f' && d[s + 1] == '3' && d[s + 2] == '2') {
            if (!(r >= -Float.MAX_VALUE && r <= Float.MAX_VALUE)) {
                return numberFailed("float out of range[-3.402823466e+38,3.402823466e+38]");
            }
            return fixed(TaosType.FLOAT, Float.floatToRawIntBits((float) r));
        }
        if (left == 1 && s0 == 'i' || left == 3 && s0 == 'i' && d[s + 1] == '6' && d[s + 2] == '4') {
            scan.strtoll(d, from, end);
            if (scan.range) {
                return numberFailed("big int out of range[-9223372036854775808,9223372036854775807]");
            }
            return fixed(TaosType.BIGINT, scan.l);
        }
        if (left == 1 && s0 == 'u' || left == 3 && s0 == 'u' && d[s + 1] == '6' && d[s + 2] == '4') {
            scan.strtoull(d, from, end);
            if (scan.range || r < 0) {
                return numberFailed("unsigned big int out of range[0,18446744073709551615]");
            }
            return fixed(TaosType.UBIGINT, scan.l);
        }
        if (left == 3 && (s0 == 'i' || s0 == 'u')) {
            boolean signed = s0 == 'i';
            if (d[s + 1] == '3' && d[s + 2] == '2') {
                return signed ? ranged(TaosType.INT, r, Integer.MIN_VALUE, Integer.MAX_VALUE,
                        "int out of range[-2147483648,2147483647]")
                        : ranged(TaosType.UINT, r, 0, 4294967295.0, "unsigned int out of range[0,4294967295]");
            }
            if (d[s + 1] == '1' && d[s + 2] == '6') {
                return signed ? ranged(TaosType.SMALLINT, r, Short.MIN_VALUE, Short.MAX_VALUE,
                        "small int our of range[-32768,32767]")
                        : ranged(TaosType.USMALLINT, r, 0, 65535, "unsigned small int out of rang[0,65535]");
            }
        }
        if (left == 2 && d[s + 1] == '8' && (s0 == 'i' || s0 == 'u')) {
            return s0 == 'i' ? ranged(TaosType.TINYINT, r, Byte.MIN_VALUE, Byte.MAX_VALUE,
                    "tiny int out of range[-128,127]")
                    : ranged(TaosType.UTINYINT, r, 0, 255, "unsigned tiny int out of range[0,255]");
        }
        return numberFailed("invalid data");
    }

    private int ranged(TaosType t, double r, double min, double max, String message) {
        if (!(r >= min && r <= max)) {
            return numberFailed(message);
        }
        return fixed(t, (long) r);
    }

    private int fixed(TaosType t, long value) {
        type = t;
        bits = value;
        length = t.fixedSize();
        return 0;
    }

    private int numberFailed(String message) {
        numberError = message;
        return TaosError.TSC_INVALID_VALUE.code();
    }
}
