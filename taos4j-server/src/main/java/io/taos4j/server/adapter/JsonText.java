package io.taos4j.server.adapter;

import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * JSON text as taosAdapter writes it. Two string escapers: {@link #goString} follows Go's {@code encoding/json}
 * (used for error objects: HTML characters escaped as six-character unicode escapes), {@link #writeString}/{@link #writeUtf8}
 * follow the adapter's streaming builder for result data (quote, backslash, {@code \n \r \t}, other control
 * characters and DEL as unicode escapes; everything else verbatim). Numbers follow Go's {@code strconv} shortest
 * formatting.
 */
final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** A JSON string literal as Go's {@code json.Marshal} writes it. */
    static String goString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(b, c);
                default -> {
                    if (c < 0x20) {
                        unicode(b, c);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static void unicode(StringBuilder b, char c) {
        b.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }

    /** Writes ASCII text as is. */
    static void writeAscii(ByteBuf out, String ascii) {
        out.writeCharSequence(ascii, StandardCharsets.ISO_8859_1);
    }

    /** A string literal of a Java string, with the streaming builder's escapes. */
    static void writeString(ByteBuf out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeUtf8(out, b, 0, b.length);
    }

    /** A string literal of UTF-8 bytes, with the streaming builder's escapes. */
    static void writeUtf8(ByteBuf out, byte[] b, int off, int len) {
        out.writeByte('"');
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xFF;
            if (c > 31 && c != '"' && c != '\\' && c != 0x7F) {
                continue;
            }
            out.writeBytes(b, start, i - start);
            switch (c) {
                case '"' -> out.writeShort('\\' << 8 | '"');
                case '\\' -> out.writeShort('\\' << 8 | '\\');
                case '\n' -> out.writeShort('\\' << 8 | 'n');
                case '\r' -> out.writeShort('\\' << 8 | 'r');
                case '\t' -> out.writeShort('\\' << 8 | 't');
                default -> {
                    writeAscii(out, "\\u00");
                    out.writeByte(HEX[c >> 4]);
                    out.writeByte(HEX[c & 0xF]);
                }
            }
            start = i + 1;
        }
        out.writeBytes(b, start, end - start);
        out.writeByte('"');
    }

    /** Bytes as a lower-case hex string literal (VARBINARY, GEOMETRY, BLOB). */
    static void writeHex(ByteBuf out, byte[] b) {
        out.writeByte('"');
        for (byte x : b) {
            out.writeByte(HEX[(x >> 4) & 0xF]);
            out.writeByte(HEX[x & 0xF]);
        }
        out.writeByte('"');
    }

    /** A DOUBLE as Go's {@code AppendFloat(v, 'f'|'e', -1, 64)}; NaN and infinities as {@code null}. */
    static String formatDouble(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null";
        }
        double abs = Math.abs(v);
        return format(v, Double.toString(v), abs != 0 && (abs < 1e-6 || abs >= 1e21));
    }

    /** A FLOAT as Go's {@code AppendFloat(v, 'f'|'e', -1, 32)}. */
    static String formatFloat(float v) {
        if (Float.isNaN(v) || Float.isInfinite(v)) {
            return "null";
        }
        float abs = Math.abs(v);
        return format(v, Float.toString(v), abs != 0 && (abs < 1e-6f || abs >= 1e21f));
    }

    private static String format(double v, String shortest, boolean exponent) {
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0";
        }
        BigDecimal d = new BigDecimal(shortest).stripTrailingZeros();
        if (!exponent) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - d.scale();
        StringBuilder b = new StringBuilder();
        if (d.signum() < 0) {
            b.append('-');
        }
        b.append(digits.charAt(0));
        if (digits.length() > 1) {
            b.append('.').append(digits, 1, digits.length());
        }
        b.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            b.append('0');
        }
        return b.append(a).toString();
    }
}
