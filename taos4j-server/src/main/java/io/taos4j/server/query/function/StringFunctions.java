package io.taos4j.server.query.function;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.type.DataType;
import java.util.Arrays;
import java.util.List;

/**
 * String functions (tdengine-sql.md §7.5; sclfunc.c). Text is UTF-8 in both VARCHAR and NCHAR vectors; positions
 * and lengths count characters, except LENGTH, which counts bytes (4 per character for NCHAR, as TDengine stores
 * UCS-4). Result lengths follow builtins.c, which sizes results in "bytes" (length + 2, NCHAR 4 per character).
 */
final class StringFunctions {
    private StringFunctions() {
    }

    static List<Fn> all() {
        return List.of(length(), charLength(), concat(), concatWs(), caseFn("lower", false), caseFn("upper", true),
                TrimFunctions.ltrim(), TrimFunctions.rtrim(), TrimFunctions.trim(), substr("substr"),
                substr("substring"), SubstringFunctions.substringIndex(), SubstringFunctions.replace(),
                SubstringFunctions.repeat(), charFn(), ascii(), position());
    }

    /** A growable byte buffer for assembling one result value. */
    static final class Bytes {
        byte[] buf = new byte[64];
        int len;

        Bytes clear() {
            len = 0;
            return this;
        }

        Bytes add(byte[] src, int from, int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
            System.arraycopy(src, from, buf, len, n);
            len += n;
            return this;
        }

        Bytes add(byte b) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[len++] = b;
            return this;
        }

        void appendTo(BinaryVector out) {
            out.append(buf, 0, len);
        }
    }

    private static Fn length() {
        return Fn.of("length", s -> {
            s.count(1, 1).check(0, Sig.STRING, true);
            return DataType.BIGINT;
        }, (a, t, r, rows, ctx) -> {
            BinaryVector in = (BinaryVector) a[0];
            boolean nchar = t.get(0).type() == TaosType.NCHAR;
            long[] out = new long[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = nchar ? 4L * chars(in.data(), in.start(i), in.length(i)) : in.length(i);
            }
            return Vec.copyNulls(in, LongVector.wrap(TaosType.BIGINT, out, rows), rows);
        });
    }

    private static Fn charLength() {
        return Fn.of("char_length", s -> {
            s.count(1, 1).check(0, Sig.TEXT, true);
            return DataType.BIGINT;
        }, (a, t, r, rows, ctx) -> {
            BinaryVector in = (BinaryVector) a[0];
            long[] out = new long[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = chars(in.data(), in.start(i), in.length(i));
            }
            return Vec.copyNulls(in, LongVector.wrap(TaosType.BIGINT, out, rows), rows);
        });
    }

    /** Characters in UTF-8 bytes, stepping by each lead byte's length (TDengine's {@code tcharlength}). */
    static int chars(byte[] data, int start, int len) {
        int n = 0;
        int end = start + len;
        for (int p = start; p < end; p += Vec.charLen(data[p])) {
            n++;
        }
        return n;
    }

    /** Result type of CONCAT/CONCAT_WS: NCHAR if any argument is NCHAR, sized as the sum of the arguments. */
    private static DataType concatType(Sig s, boolean withSeparator) {
        TaosType type = TaosType.VARCHAR;
        for (int i = 0; i < s.n(); i++) {
            if (s.t(i) == TaosType.NCHAR) {
                type = TaosType.NCHAR;
            }
        }
        if (s.anyNull()) {
            return DataType.varchar(0);
        }
        int bytes = 0;
        int sepBytes = 0;
        for (int i = 0; i < s.n(); i++) {
            int factor = type == TaosType.NCHAR && s.t(i) == TaosType.VARCHAR ? Vec.NCHAR_SIZE : 1;
            int b = Vec.bytes(s.type(i)) * factor;
            bytes += b;
            if (i == 0) {
                sepBytes = b;
            }
        }
        if (withSeparator) {
            bytes += sepBytes * (s.n() - 3);
        }
        return Vec.ofBytes(type, bytes);
    }

    private static Fn concat() {
        return Fn.of("concat", s -> concatType(s.count(2, 8).checkFrom(0, Sig.TEXT, true), false),
                (a, t, r, rows, ctx) -> {
                    BinaryVector out = Vec.binary(r, rows);
                    Bytes b = new Bytes();
                    for (int i = 0; i < rows; i++) {
                        if (Vec.anyNull(a, i)) {
                            out.appendNull();
                            continue;
                        }
                        b.clear();
                        for (ColumnVector v : a) {
                            BinaryVector x = (BinaryVector) v;
                            b.add(x.data(), x.start(i), x.length(i));
                        }
                        b.appendTo(out);
                    }
                    return out;
                });
    }

    private static Fn concatWs() {
        return Fn.of("concat_ws", s -> {
            s.count(3, 9).checkFrom(0, Sig.TEXT, true).requireConstant(0);
            return concatType(s, true);
        }, (a, t, r, rows, ctx) -> {
            BinaryVector out = Vec.binary(r, rows);
            Bytes b = new Bytes();
            BinaryVector sep = (BinaryVector) a[0];
            for (int i = 0; i < rows; i++) {
                if (Vec.anyNull(a, i)) {
                    out.appendNull();
                    continue;
                }
                b.clear();
                for (int j = 1; j < a.length; j++) {
                    BinaryVector x = (BinaryVector) a[j];
                    b.add(x.data(), x.start(i), x.length(i));
                    if (j < a.length - 1) {
                        b.add(sep.data(), sep.start(i), sep.length(i));
                    }
                }
                b.appendTo(out);
            }
            return out;
        });
    }

    /** LOWER/UPPER: ASCII letters in VARCHAR (C {@code tolower} per byte), every letter in NCHAR. */
    private static Fn caseFn(String name, boolean upper) {
        return Fn.of(name, s -> s.count(1, 1).check(0, Sig.TEXT, false).type(0), (a, t, r, rows, ctx) -> {
            BinaryVector in = (BinaryVector) a[0];
            BinaryVector out = Vec.binary(r, rows);
            boolean nchar = t.get(0).type() == TaosType.NCHAR;
            for (int i = 0; i < rows; i++) {
                if (in.isNull(i)) {
                    out.appendNull();
                    continue;
                }
                byte[] b = in.getBytes(i);
                boolean ascii = true;
                for (int k = 0; k < b.length; k++) {
                    byte c = b[k];
                    if (c < 0) {
                        ascii = false;
                    } else if (upper ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z') {
                        b[k] = (byte) (c ^ 0x20);
                    }
                }
                if (nchar && !ascii) {
                    String str = Vec.text(in, i);
                    StringBuilder sb = new StringBuilder(str.length());
                    str.codePoints().forEach(cp -> sb.appendCodePoint(upper ? Character.toUpperCase(cp)
                            : Character.toLowerCase(cp)));
                    out.append(sb.toString());
                } else {
                    out.append(b);
                }
            }
            return out;
        });
    }

    /**
     * SUBSTR/SUBSTRING(x, pos [, len]): 1-based character positions; a negative {@code pos} counts from the end
     * (and reaches at most the start); {@code pos} 0 or {@code len < 1} give ''. Same type and length as {@code x}.
     */
    private static Fn substr(String name) {
        return Fn.of(name, s -> {
            s.count(2, 3).check(0, Sig.TEXT, true).checkFrom(1, Sig.INTEGER, true);
            return s.t(0) == TaosType.NULL ? DataType.varchar(0) : s.type(0);
        }, (a, t, r, rows, ctx) -> {
            BinaryVector in = (BinaryVector) a[0];
            BinaryVector out = Vec.binary(r, rows);
            for (int i = 0; i < rows; i++) {
                if (Vec.anyNull(a, i)) {
                    out.appendNull();
                    continue;
                }
                long pos = (int) Vec.longAt(a[1], t.get(1), i);
                long len = a.length == 3 ? (int) Vec.longAt(a[2], t.get(2), i) : Integer.MAX_VALUE;
                if (pos == 0 || len < 1) {
                    out.append(new byte[0]);
                    continue;
                }
                byte[] d = in.data();
                int s0 = in.start(i);
                int n = in.length(i);
                int start = pos > 0 ? Math.min(charOffset(d, s0, n, pos), n) : Math.max(charOffset(d, s0, n, pos), 0);
                int end = n;
                if (a.length == 3) {
                    end = Math.min(start + charOffset(d, s0 + start, n - start, len + 1), n);
                }
                out.append(d, s0 + start, Math.max(0, end - start));
            }
            return out;
        });
    }

    /**
     * TDengine's {@code findPosBytes} without a delimiter: the byte offset of the {@code k}-th character (1-based; the
     * |k|-th from the end when negative), or {@code len} (k &gt; 0) / 0 (k &lt; 0) when there are fewer characters.
     */
    static int charOffset(byte[] d, int start, int len, long k) {
        int count = 0;
        if (k > 0) {
            for (int p = 0; p < len; p++) {
                if (Vec.isCharStart(d[start + p]) && ++count == k) {
                    return p;
                }
            }
            return len;
        }
        for (int p = len - 1; p >= 0; p--) {
            if (Vec.isCharStart(d[start + p]) && ++count == -k) {
                return p;
            }
        }
        return 0;
    }

    /**
     * CHAR(n, ...): each argument as an int32 (text through {@code strtol}) written big-endian in 1 to 4 bytes
     * (256 is {@code \x01\x00}); NULL arguments are skipped. VARCHAR of 4 bytes per argument.
     */
    private static Fn charFn() {
        return Fn.of("char", s -> {
            s.count(1, -1).checkFrom(0, Sig.union(Sig.TEXT, Sig.NUMERIC), true);
            return DataType.varchar(4 * s.n());
        }, (a, t, r, rows, ctx) -> {
            BinaryVector out = Vec.binary(r, rows);
            Bytes b = new Bytes();
            for (int i = 0; i < rows; i++) {
                b.clear();
                for (int j = 0; j < a.length; j++) {
                    if (a[j].isNull(i)) {
                        continue;
                    }
                    DataType type = t.get(j);
                    int num = type.type().isText() ? (int) CNumbers.strtoll(Vec.text(a[j], i))
                            : type.type().isFloating() ? CNumbers.toInt32(Vec.doubleAt(a[j], type, i))
                            : (int) Vec.longAt(a[j], type, i);
                    int bytes = (num & 0xFF000000) != 0 ? 4 : (num & 0xFF0000) != 0 ? 3 : (num & 0xFF00) != 0 ? 2 : 1;
                    for (int k = bytes - 1; k >= 0; k--) {
                        b.add((byte) (num >>> (8 * k)));
                    }
                }
                b.appendTo(out);
            }
            return out;
        }).handlesNulls();
    }

    /** ASCII(x): the first byte of the UTF-8 text (0 for ''), TINYINT UNSIGNED. */
    private static Fn ascii() {
        return Fn.of("ascii", s -> {
            s.count(1, 1).check(0, Sig.TEXT, true);
            return DataType.UTINYINT;
        }, (a, t, r, rows, ctx) -> {
            BinaryVector in = (BinaryVector) a[0];
            byte[] out = new byte[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = in.length(i) == 0 ? 0 : in.data()[in.start(i)];
            }
            return Vec.copyNulls(in, ByteVector.wrap(TaosType.UTINYINT, out, rows), rows);
        });
    }

    /** POSITION(a IN b), bound as position(a, b): 1-based character position of a in b, 0 if absent, 1 for ''. */
    private static Fn position() {
        return Fn.of("position", s -> {
            s.count(2, 2).checkFrom(0, Sig.TEXT, true);
            return DataType.BIGINT;
        }, (a, t, r, rows, ctx) -> {
            BinaryVector sub = (BinaryVector) a[0];
            BinaryVector str = (BinaryVector) a[1];
            long[] out = new long[rows];
            for (int i = 0; i < rows; i++) {
                if (sub.length(i) == 0) {
                    out[i] = 1;
                    continue;
                }
                out[i] = findChars(str.data(), str.start(i), str.length(i), sub.data(), sub.start(i),
                        sub.length(i));
            }
            LongVector v = LongVector.wrap(TaosType.BIGINT, out, rows);
            for (int i = 0; i < rows; i++) {
                if (Vec.anyNull(a, i)) {
                    v.setNull(i);
                }
            }
            return v;
        });
    }

    private static long findChars(byte[] d, int start, int len, byte[] sub, int subStart, int subLen) {
        long count = 0;
        for (int p = 0; p < len; p++) {
            if (!Vec.isCharStart(d[start + p])) {
                continue;
            }
            if (p + subLen > len) {
                return 0;
            }
            if (Arrays.equals(d, start + p, start + p + subLen, sub, subStart, subStart + subLen)) {
                return count + 1;
            }
            count++;
        }
        return 0;
    }
}
