package io.taos4j.server.query.function;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.type.DataType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Hashing and encoding functions: MD5, SHA1/SHA, SHA2, CRC32, TO_BASE64, FROM_BASE64 (tdengine-sql.md §7.5,
 * sclfunc.c {@code md5Function}, {@code crc32Function}). Hex digests are lower case.
 */
final class HashFunctions {
    private static final Set<TaosType> VARCHAR_ONLY = EnumSet.of(TaosType.VARCHAR);
    private static final Set<Long> SHA2_BITS = Set.of(224L, 256L, 384L, 512L);
    /** CRC32_TRUE / CRC32_FALSE in sclfunc.c. */
    private static final long CRC_TRUE = 2212294583L;
    private static final long CRC_FALSE = 4108050209L;

    private HashFunctions() {
    }

    static List<Fn> all() {
        // builtins.c (3.3.6) takes md5 of VARCHAR only, not even a NULL literal; SHA came later and is less strict
        Fn sha1 = digest("sha1", "SHA-1", 40, true);
        return List.of(digest("md5", "MD5", 32, false), sha1, sha1.named("sha"), sha2(), crc32(), toBase64(), fromBase64());
    }

    private static Fn digest(String name, String algorithm, int hexLength, boolean nullOk) {
        return Fn.of(name, s -> {
            s.count(1, 1).check(0, VARCHAR_ONLY, nullOk);
            return DataType.varchar(hexLength);
        }, (a, t, r, rows, ctx) -> hash(a[0], rows, r, algorithm));
    }

    private static Fn sha2() {
        return Fn.of("sha2", s -> {
            s.count(2, 2).check(0, VARCHAR_ONLY, true).check(1, Sig.INTEGER, false).requireConstant(1);
            if (!SHA2_BITS.contains(s.constantLong(1))) {
                throw FunctionErrors.paraValue("sha2");
            }
            return DataType.varchar(128);
        }, (a, t, r, rows, ctx) -> {
            long bits = rows == 0 ? 256 : Vec.longAt(a[1], t.get(1), 0);
            return hash(a[0], rows, r, "SHA-" + bits);
        });
    }

    private static ColumnVector hash(ColumnVector in, int rows, DataType r, String algorithm) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm, e);
        }
        BinaryVector b = (BinaryVector) in;
        BinaryVector out = Vec.binary(r, rows);
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < rows; i++) {
            if (in.isNull(i)) {
                out.appendNull();
                continue;
            }
            md.update(b.data(), b.start(i), b.length(i));
            out.append(hex.formatHex(md.digest()));
        }
        return out;
    }

    /**
     * CRC32 of any value's text: text and binary as stored (NCHAR as UCS-4, as TDengine holds it), numbers as
     * CAST prints them, TIMESTAMP as {@code yyyy-mm-dd hh24:mi:ss} in the session zone (read as milliseconds, as
     * TDengine does), BOOL as two fixed values.
     */
    private static Fn crc32() {
        return Fn.of("crc32", s -> {
            s.count(1, 1);
            return DataType.UINT;
        }, (a, t, r, rows, ctx) -> {
            DataType type = t.get(0);
            ColumnVector in = a[0];
            int[] out = new int[rows];
            CRC32 crc = new CRC32();
            for (int i = 0; i < rows; i++) {
                if (in.isNull(i)) {
                    continue;
                }
                if (type.type() == TaosType.BOOL) {
                    out[i] = (int) (((BoolVector) in).get(i) != 0 ? CRC_TRUE : CRC_FALSE);
                    continue;
                }
                crc.reset();
                crc.update(crcBytes(in, type, i, ctx));
                out[i] = (int) crc.getValue();
            }
            return Vec.copyNulls(in, IntVector.wrap(TaosType.UINT, out, rows), rows);
        });
    }

    private static byte[] crcBytes(ColumnVector in, DataType type, int row, EvalContext ctx) {
        return switch (type.type()) {
            case NCHAR -> Vec.text(in, row).getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
            case VARCHAR, VARBINARY, GEOMETRY, JSON, BLOB -> Vec.bytes(in, row);
            case TIMESTAMP -> TimeFormat.format(TimeFormat.parseFormat("yyyy-mm-dd hh24:mi:ss"),
                    Vec.longAt(in, type, row), io.taos4j.protocol.Precision.MILLISECONDS, ctx.zone())
                    .getBytes(StandardCharsets.UTF_8);
            default -> Casts.numberText(in, type, row).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static final Set<TaosType> BASE64_INPUT = Sig.union(Sig.union(Sig.NUMERIC, Sig.TEXT),
            EnumSet.of(TaosType.BOOL, TaosType.TIMESTAMP));

    /**
     * TO_BASE64(x): of the text, or of a value's text for numbers ({@code 14324} → {@code MTQzMjQ=}), BOOL ('1'/'0')
     * and TIMESTAMP (UTC {@code yyyy-mm-dd hh24:mi:ss.fff+00}).
     */
    private static Fn toBase64() {
        return Fn.of("to_base64", s -> {
            s.count(1, 1).check(0, BASE64_INPUT, true);
            if (s.t(0) == TaosType.NULL) {
                return DataType.varchar(0);
            }
            DataType t = s.type(0);
            int len = t.type() == TaosType.NCHAR ? t.length() * Vec.NCHAR_SIZE
                    : t.type() == TaosType.VARCHAR ? t.length() : 64;
            return DataType.varchar(Math.min(Casts.MAX_VARCHAR, (len + 2) / 3 * 4));
        }, (a, t, r, rows, ctx) -> {
            DataType type = t.get(0);
            BinaryVector out = Vec.binary(r, rows);
            Base64.Encoder enc = Base64.getEncoder();
            for (int i = 0; i < rows; i++) {
                if (a[0].isNull(i)) {
                    out.appendNull();
                    continue;
                }
                byte[] b = switch (type.type()) {
                    case VARCHAR, NCHAR -> Vec.bytes(a[0], i);
                    case BOOL -> ((BoolVector) a[0]).get(i) != 0 ? new byte[] {'1'} : new byte[] {'0'};
                    case TIMESTAMP -> {
                        String f = switch (ctx.precision()) {
                            case MILLISECONDS -> "yyyy-mm-dd hh24:mi:ss.ms";
                            case MICROSECONDS -> "yyyy-mm-dd hh24:mi:ss.us";
                            case NANOSECONDS -> "yyyy-mm-dd hh24:mi:ss.ns";
                        };
                        yield (TimeFormat.format(TimeFormat.parseFormat(f), Vec.longAt(a[0], type, i),
                                ctx.precision(), ZoneOffset.UTC) + "+00").getBytes(StandardCharsets.UTF_8);
                    }
                    default -> Casts.numberText(a[0], type, i).getBytes(StandardCharsets.UTF_8);
                };
                out.append(enc.encode(b));
            }
            return out;
        });
    }

    /** FROM_BASE64(x): the decoded bytes as VARCHAR; text that is not base64 gives NULL. */
    private static Fn fromBase64() {
        return Fn.of("from_base64", s -> {
            s.count(1, 1).check(0, VARCHAR_ONLY, true);
            return s.t(0) == TaosType.NULL ? DataType.varchar(0) : DataType.varchar(s.type(0).length() / 4 * 3 + 2);
        }, (a, t, r, rows, ctx) -> {
            BinaryVector out = Vec.binary(r, rows);
            Base64.Decoder dec = Base64.getDecoder();
            for (int i = 0; i < rows; i++) {
                if (a[0].isNull(i)) {
                    out.appendNull();
                    continue;
                }
                try {
                    out.append(dec.decode(Vec.bytes(a[0], i)));
                } catch (IllegalArgumentException e) {
                    out.appendNull();
                }
            }
            return out;
        });
    }
}
