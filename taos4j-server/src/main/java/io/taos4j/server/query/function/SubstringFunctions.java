package io.taos4j.server.query.function;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.server.type.DataType;
import java.util.Arrays;

/** SUBSTRING_INDEX, REPLACE and REPEAT (sclfunc.c), on UTF-8 bytes matched at character boundaries. */
final class SubstringFunctions {
    private SubstringFunctions() {
    }

    /**
     * SUBSTRING_INDEX(x, delim, count): the text before the count-th delimiter (count &gt; 0) or after the
     * |count|-th one from the end (count &lt; 0); all of x when there are fewer; '' for count 0.
     */
    static Fn substringIndex() {
        return Fn.of("substring_index", s -> {
            s.count(3, 3).check(0, Sig.TEXT, true).check(1, Sig.TEXT, true).check(2, Sig.INTEGER, true);
            return s.t(0) == TaosType.NULL ? DataType.varchar(0) : s.type(0);
        }, (a, t, r, rows, ctx) -> {
            BinaryVector in = (BinaryVector) a[0];
            BinaryVector delim = (BinaryVector) a[1];
            BinaryVector out = Vec.binary(r, rows);
            for (int i = 0; i < rows; i++) {
                if (Vec.anyNull(a, i)) {
                    out.appendNull();
                    continue;
                }
                int count = (int) Vec.longAt(a[2], t.get(2), i);
                byte[] d = in.data();
                int s0 = in.start(i);
                int n = in.length(i);
                byte[] m = delim.getBytes(i);
                int start = 0;
                int end = 0;
                if (count > 0) {
                    end = findDelimiter(d, s0, n, m, count);
                } else if (count < 0) {
                    start = m.length == 0 ? n : findDelimiter(d, s0, n, m, count);
                    end = n;
                }
                out.append(d, s0 + start, Math.max(0, end - start));
            }
            return out;
        });
    }

    /** TDengine's {@code findPosBytes} with a delimiter. */
    private static int findDelimiter(byte[] d, int s0, int n, byte[] m, int count) {
        int found = 0;
        int ml = m.length;
        if (count > 0) {
            for (int pos = 0; pos < n; pos++) {
                if (pos + ml > n) {
                    return n;
                }
                if (Vec.isCharStart(d[s0 + pos]) && Arrays.equals(d, s0 + pos, s0 + pos + ml, m, 0, ml)) {
                    if (++found == count) {
                        return pos;
                    }
                    pos = pos + ml - 1;
                }
            }
            return n;
        }
        for (int pos = n - ml; pos >= 0; pos--) {
            if (Vec.isCharStart(d[s0 + pos]) && Arrays.equals(d, s0 + pos, s0 + pos + ml, m, 0, ml)) {
                if (++found == -count) {
                    return pos + ml;
                }
                pos = pos - ml + 1;
            }
        }
        return 0;
    }

    /** REPLACE(x, from, to): every occurrence, case-sensitive; the result size is estimated as builtins.c does. */
    static Fn replace() {
        return Fn.of("replace", s -> {
            s.count(3, 3).checkFrom(0, Sig.TEXT, true);
            if (s.t(0) == TaosType.NULL) {
                return DataType.varchar(0);
            }
            TaosType org = s.t(0);
            int orgLen = Vec.bytes(s.type(0));
            int fromLen = Math.max(1, Vec.bytes(s.type(1)));
            int toLen = Vec.bytes(s.type(2));
            if (org == TaosType.NCHAR && s.t(2) != org) {
                toLen *= Vec.NCHAR_SIZE;
            }
            int res = Math.max(orgLen, orgLen + orgLen / fromLen * (toLen - fromLen));
            return Vec.ofBytes(org, res);
        }, (a, t, r, rows, ctx) -> {
            BinaryVector in = (BinaryVector) a[0];
            BinaryVector from = (BinaryVector) a[1];
            BinaryVector to = (BinaryVector) a[2];
            BinaryVector out = Vec.binary(r, rows);
            StringFunctions.Bytes b = new StringFunctions.Bytes();
            for (int i = 0; i < rows; i++) {
                if (Vec.anyNull(a, i)) {
                    out.appendNull();
                    continue;
                }
                byte[] d = in.data();
                int s0 = in.start(i);
                int n = in.length(i);
                byte[] f = from.getBytes(i);
                if (f.length == 0 || n == 0) {
                    out.append(d, s0, n);
                    continue;
                }
                b.clear();
                int pos = 0;
                while (pos < n) {
                    if (n - pos < f.length) {
                        b.add(d, s0 + pos, n - pos);
                        break;
                    }
                    if (Arrays.equals(d, s0 + pos, s0 + pos + f.length, f, 0, f.length)
                            && (pos + f.length == n || Vec.isCharStart(d[s0 + pos + f.length]))) {
                        b.add(to.data(), to.start(i), to.length(i));
                        pos += f.length;
                    } else {
                        int cl = Math.min(Vec.charLen(d[s0 + pos]), n - pos);
                        b.add(d, s0 + pos, cl);
                        pos += cl;
                    }
                }
                if (b.len > Vec.MAX_BINARY_BYTES) {
                    throw FunctionErrors.resultTooLong();
                }
                b.appendTo(out);
            }
            return out;
        });
    }

    /** REPEAT(x, n): '' for n &lt; 1; a result beyond 65519 bytes (by x's declared size) is 0x280E. */
    static Fn repeat() {
        return Fn.of("repeat", s -> {
            s.count(2, 2).check(0, Sig.TEXT, true).check(1, Sig.INTEGER, true);
            if (s.t(0) == TaosType.NULL) {
                return DataType.varchar(0);
            }
            int orgBytes = Vec.bytes(s.type(0));
            Long c = s.constantLong(1);
            int bytes = c != null ? orgBytes * Math.max((int) (long) c, 1) : Vec.MAX_BINARY_BYTES;
            return Vec.ofBytes(s.t(0), bytes);
        }, (a, t, r, rows, ctx) -> {
            BinaryVector in = (BinaryVector) a[0];
            long max = 0;
            for (int i = 0; i < rows; i++) {
                if (!a[1].isNull(i)) {
                    max = Math.max(max, (int) Vec.longAt(a[1], t.get(1), i));
                }
            }
            if (Vec.bytes(t.get(0)) * max + Vec.VARSTR_HEADER > Vec.MAX_BINARY_BYTES) {
                throw FunctionErrors.resultTooLong();
            }
            BinaryVector out = Vec.binary(r, rows);
            StringFunctions.Bytes b = new StringFunctions.Bytes();
            for (int i = 0; i < rows; i++) {
                if (Vec.anyNull(a, i)) {
                    out.appendNull();
                    continue;
                }
                int count = (int) Vec.longAt(a[1], t.get(1), i);
                b.clear();
                for (int k = 0; k < count; k++) {
                    b.add(in.data(), in.start(i), in.length(i));
                }
                b.appendTo(out);
            }
            return out;
        });
    }
}
