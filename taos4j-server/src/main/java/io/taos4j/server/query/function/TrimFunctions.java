package io.taos4j.server.query.function;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.server.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * LTRIM, RTRIM and TRIM (sclfunc.c {@code tltrimspace}, {@code trimHelper}).
 *
 * <p>The binder passes {@code TRIM([BOTH|LEADING|TRAILING] [remstr FROM] x)} as {@code trim(mode, x)} or
 * {@code trim(mode, remstr, x)}: {@code mode} is a VARCHAR constant {@code 'both'}, {@code 'leading'} or
 * {@code 'trailing'} (any case; {@code 'both'} when the SQL names none), and {@code remstr} is present only when the
 * SQL has one. An argument of type {@link TaosType#NULL} in the remstr position also means "no remstr" (spaces);
 * a SQL {@code NULL} remstr typed otherwise (VARCHAR(0)) makes the result NULL.
 */
final class TrimFunctions {
    private enum Mode { LEADING, TRAILING, BOTH }

    private TrimFunctions() {
    }

    static Fn ltrim() {
        return simple("ltrim", Mode.LEADING);
    }

    static Fn rtrim() {
        return simple("rtrim", Mode.TRAILING);
    }

    /** LTRIM/RTRIM: whitespace only; a constant argument's result length drops the spaces it has. */
    private static Fn simple(String name, Mode mode) {
        return Fn.of(name, s -> {
            s.count(1, 1).check(0, Sig.TEXT, false);
            DataType t = s.type(0);
            if (s.constant(0) instanceof String str) {
                int spaces = countSpaces(str.getBytes(StandardCharsets.UTF_8), mode == Mode.LEADING);
                return Vec.ofBytes(t.type(), Vec.bytes(t) - spaces);
            }
            return t;
        }, (a, t, r, rows, ctx) -> trimSpaces((BinaryVector) a[0], t.get(0), r, rows, mode));
    }

    private static int countSpaces(byte[] b, boolean leading) {
        int n = 0;
        if (leading) {
            while (n < b.length && isSpace(b[n])) {
                n++;
            }
        } else {
            while (n < b.length && isSpace(b[b.length - 1 - n])) {
                n++;
            }
        }
        return n;
    }

    static Fn trim() {
        return new Fn("trim", TrimFunctions::bindTrim, TrimFunctions::evalTrim, true, false);
    }

    private static DataType bindTrim(Sig s) {
        s.count(2, 3).requireConstant(0).check(0, java.util.EnumSet.of(TaosType.VARCHAR), false);
        if (!(s.constant(0) instanceof String m) || mode(m) == null) {
            throw FunctionErrors.paraValue("trim");
        }
        s.checkFrom(1, Sig.TEXT, true);
        int src = s.n() - 1;
        if (s.t(src) == TaosType.NULL) {
            return DataType.varchar(0);
        }
        DataType t = s.type(src);
        int bytes = Vec.bytes(t);
        // builtins.c multiplies the NCHAR result size by 4 once more
        return Vec.ofBytes(t.type(), t.type() == TaosType.NCHAR ? bytes * Vec.NCHAR_SIZE : bytes);
    }

    private static Mode mode(String m) {
        return switch (m.toLowerCase(Locale.ROOT)) {
            case "both" -> Mode.BOTH;
            case "leading" -> Mode.LEADING;
            case "trailing" -> Mode.TRAILING;
            default -> null;
        };
    }

    private static ColumnVector evalTrim(ColumnVector[] a, List<DataType> t, DataType r, int rows,
                                         io.taos4j.server.query.EvalContext ctx) {
        Mode mode = mode(Vec.text(a[0], 0));
        int src = a.length - 1;
        boolean remGiven = a.length == 3 && t.get(1).type() != TaosType.NULL;
        if (t.get(src).type() == TaosType.NULL) {
            return Vec.nulls(r, rows);
        }
        if (!remGiven) {
            return trimSpaces((BinaryVector) a[src], t.get(src), r, rows, mode);
        }
        BinaryVector rem = (BinaryVector) a[1];
        BinaryVector in = (BinaryVector) a[src];
        BinaryVector out = Vec.binary(r, rows);
        for (int i = 0; i < rows; i++) {
            if (rem.isNull(i) || in.isNull(i)) {
                out.appendNull();
                continue;
            }
            byte[] d = in.data();
            int s0 = in.start(i);
            int n = in.length(i);
            byte[] m = rem.getBytes(i);
            if (n == 0 || m.length == 0 || m.length > n) {
                out.append(d, s0, n);
                continue;
            }
            int left = mode == Mode.TRAILING ? 0 : trimLeft(d, s0, n, m);
            int right = mode == Mode.LEADING ? n : trimRight(d, s0, n, m);
            out.append(d, s0 + left, Math.max(0, right - left));
        }
        return out;
    }

    /** TDengine's {@code trimHelper} from the left: whole copies of {@code m}, never the last possible one. */
    private static int trimLeft(byte[] d, int s0, int n, byte[] m) {
        int pos = 0;
        for (int i = 0; i < n - m.length; i += m.length) {
            if (Arrays.equals(d, s0 + i, s0 + i + m.length, m, 0, m.length) && Vec.isCharStart(d[s0 + i + m.length])) {
                pos = i + m.length;
            } else {
                return pos;
            }
        }
        return pos;
    }

    private static int trimRight(byte[] d, int s0, int n, byte[] m) {
        int pos = n;
        for (int i = n - m.length; i >= 0; i -= m.length) {
            if (Arrays.equals(d, s0 + i, s0 + i + m.length, m, 0, m.length) && Vec.isCharStart(d[s0 + i])) {
                pos = i;
            } else {
                return pos;
            }
        }
        return pos;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
    }

    private static ColumnVector trimSpaces(BinaryVector in, DataType type, DataType r, int rows, Mode mode) {
        BinaryVector out = Vec.binary(r, rows);
        boolean nchar = type.type() == TaosType.NCHAR;
        for (int i = 0; i < rows; i++) {
            if (in.isNull(i)) {
                out.appendNull();
                continue;
            }
            byte[] d = in.data();
            int s0 = in.start(i);
            int n = in.length(i);
            if (nchar && hasNonAscii(d, s0, n)) {
                String s = Vec.text(in, i);
                int from = 0;
                int to = s.length();
                if (mode != Mode.TRAILING) {
                    while (from < to && Character.isWhitespace(s.codePointAt(from))) {
                        from += Character.charCount(s.codePointAt(from));
                    }
                }
                if (mode != Mode.LEADING) {
                    while (to > from && Character.isWhitespace(s.codePointBefore(to))) {
                        to -= Character.charCount(s.codePointBefore(to));
                    }
                }
                out.append(s.substring(from, to));
                continue;
            }
            int from = 0;
            int to = n;
            if (mode != Mode.TRAILING) {
                while (from < to && isSpace(d[s0 + from])) {
                    from++;
                }
            }
            if (mode != Mode.LEADING) {
                while (to > from && isSpace(d[s0 + to - 1])) {
                    to--;
                }
            }
            out.append(d, s0 + from, to - from);
        }
        return out;
    }

    private static boolean hasNonAscii(byte[] d, int s0, int n) {
        for (int i = 0; i < n; i++) {
            if (d[s0 + i] < 0) {
                return true;
            }
        }
        return false;
    }
}
