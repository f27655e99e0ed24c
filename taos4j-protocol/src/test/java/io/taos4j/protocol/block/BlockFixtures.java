package io.taos4j.protocol.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ByteVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.Decimal128Vector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

/** Test data shared by the block tests: hex helpers, one column of every type, value comparison. */
final class BlockFixtures {
    static final HexFormat HEX = HexFormat.of();

    /** The 99-byte block of raw-block.md §8. */
    static final String WORKED_EXAMPLE = """
            01000000 63000000 02000000 03000000 00000080 0000000000000000
            0908000000 0404000000 080c000000
            10000000 08000000 09000000
            00 0068e5cf8b010000 e86be5cf8b010000
            40 2a000000 00000000
            00000000 04000000 02006162 030078797a
            00""";

    private static final String[] NCHAR_SAMPLES = {"", "a", "nç", "中文字", "emoji 😀", "𝄞 clef", "plain ascii"};

    private BlockFixtures() {
    }

    static byte[] hex(String spaced) {
        return HEX.parseHex(spaced.replaceAll("\\s+", ""));
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** A column schema and its vector (null for a NULL-type column). */
    record Column(ColumnSchema schema, ColumnVector vector) {
    }

    /** Every schema the round-trip tests cover: all types, signed and unsigned, both decimal widths. */
    static List<ColumnSchema> allSchemas() {
        return List.of(
                ColumnSchema.of(TaosType.TIMESTAMP), ColumnSchema.of(TaosType.BOOL), ColumnSchema.of(TaosType.TINYINT),
                ColumnSchema.of(TaosType.SMALLINT), ColumnSchema.of(TaosType.INT), ColumnSchema.of(TaosType.BIGINT),
                ColumnSchema.of(TaosType.UTINYINT), ColumnSchema.of(TaosType.USMALLINT),
                ColumnSchema.of(TaosType.UINT), ColumnSchema.of(TaosType.UBIGINT), ColumnSchema.of(TaosType.FLOAT),
                ColumnSchema.of(TaosType.DOUBLE), ColumnSchema.varchar(40), ColumnSchema.nchar(20),
                ColumnSchema.json(), ColumnSchema.varbinary(30), ColumnSchema.geometry(50), ColumnSchema.blob(),
                ColumnSchema.decimal(10, 2), ColumnSchema.decimal(30, 5));
    }

    /** One column per schema of {@link #allSchemas()}, values drawn from {@code seed}. */
    static List<Column> allColumns(int rows, IntPredicate isNull, long seed) {
        Random random = new Random(seed);
        List<Column> columns = new ArrayList<>();
        for (ColumnSchema schema : allSchemas()) {
            columns.add(new Column(schema, vector(schema.type(), rows, isNull, random)));
        }
        return columns;
    }

    static ColumnVector vector(TaosType type, int rows, IntPredicate isNull, Random random) {
        ColumnVector v = ColumnVector.allocate(type, rows);
        for (int r = 0; r < rows; r++) {
            if (isNull.test(r)) {
                v.appendNull();
            } else {
                appendValue(v, type, r, rows, random);
            }
        }
        return v;
    }

    private static void appendValue(ColumnVector v, TaosType type, int r, int rowsTotal, Random random) {
        switch (type) {
            case TIMESTAMP -> ((LongVector) v).append(1_700_000_000_000L + 1000L * r);
            case BOOL -> ((BoolVector) v).append(random.nextBoolean());
            case TINYINT -> ((ByteVector) v).append((byte) random.nextInt());
            case UTINYINT -> ((ByteVector) v).append(r % 3 == 0 ? (byte) 0xFF : (byte) random.nextInt());
            case SMALLINT -> ((ShortVector) v).append((short) random.nextInt());
            case USMALLINT -> ((ShortVector) v).append(r % 3 == 0 ? (short) 0xFFFE : (short) random.nextInt());
            case INT -> ((IntVector) v).append(random.nextInt());
            case UINT -> ((IntVector) v).append(r % 3 == 0 ? 0xFFFF_FFF0 : random.nextInt());
            case BIGINT -> ((LongVector) v).append(random.nextLong());
            case UBIGINT -> ((LongVector) v).append(r % 3 == 0 ? -2L : random.nextLong()); // 2^64 - 2
            case FLOAT -> ((FloatVector) v).append(switch (r % 6) {
                case 0 -> Float.NaN;
                case 1 -> Float.POSITIVE_INFINITY;
                case 2 -> Float.NEGATIVE_INFINITY;
                case 3 -> -0.0f;
                default -> random.nextFloat() * 1e6f - 5e5f;
            });
            case DOUBLE -> ((DoubleVector) v).append(switch (r % 6) {
                case 0 -> Double.NaN;
                case 1 -> Double.POSITIVE_INFINITY;
                case 2 -> Double.NEGATIVE_INFINITY;
                case 3 -> Double.MIN_VALUE;
                default -> random.nextGaussian() * 1e12;
            });
            case VARCHAR -> ((BinaryVector) v).append(r % 5 == 0 ? "" : "v" + r + "-ç-" + random.nextInt(1000));
            case NCHAR -> ((BinaryVector) v).append(NCHAR_SAMPLES[r % NCHAR_SAMPLES.length] + (r % 2 == 0 ? "" : r));
            case JSON -> ((BinaryVector) v).append("{\"k\":" + r + ",\"s\":\"é\"}");
            case VARBINARY -> ((BinaryVector) v).append(randomBytes(random, random.nextInt(30)));
            case GEOMETRY -> ((BinaryVector) v).append(point(r, -r));
            // Rows of 40+ row columns include one BLOB above 64 KiB (more than a u16 length could say).
            case BLOB -> {
                int n = r == 5 && rowsTotal >= 40 ? 70_000 : random.nextInt(100);
                ((BinaryVector) v).append(randomBytes(random, n));
            }
            case DECIMAL64 -> ((LongVector) v).append(random.nextLong() % 1_000_000_000_000_000_000L);
            case DECIMAL -> ((Decimal128Vector) v).append(random.nextLong(),
                    r % 4 == 0 ? -1L : random.nextLong() >> 20);
            default -> throw new AssertionError(type);
        }
    }

    static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** WKB of POINT(x y), little-endian. */
    static byte[] point(double x, double y) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(21).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 1).putInt(1).putDouble(x).putDouble(y);
        return b.array();
    }

    static List<ColumnSchema> schemas(List<Column> columns) {
        return columns.stream().map(Column::schema).toList();
    }

    static List<ColumnVector> vectors(List<Column> columns) {
        return columns.stream().map(Column::vector).toList();
    }

    /** Asserts that {@code actual[0, n)} holds the same nulls and values as {@code expected[from, from + n)}. */
    static void assertSameValues(String what, ColumnVector expected, int from, ColumnVector actual, int n) {
        assertThat(actual.getClass()).as(what).isEqualTo(expected.getClass());
        assertThat(actual.size()).as(what + " size").isEqualTo(n);
        for (int r = 0; r < n; r++) {
            int i = from + r;
            String at = what + " row " + r;
            assertThat(actual.isNull(r)).as(at + " null").isEqualTo(expected.isNull(i));
            if (expected.isNull(i)) {
                continue;
            }
            if (expected instanceof FloatVector f) {
                assertThat(Float.floatToRawIntBits(((FloatVector) actual).get(r)))
                        .as(at).isEqualTo(Float.floatToRawIntBits(f.get(i)));
            } else if (expected instanceof DoubleVector d) {
                assertThat(Double.doubleToRawLongBits(((DoubleVector) actual).get(r)))
                        .as(at).isEqualTo(Double.doubleToRawLongBits(d.get(i)));
            } else if (expected instanceof BinaryVector b) {
                assertThat(((BinaryVector) actual).getBytes(r)).as(at).isEqualTo(b.getBytes(i));
            } else if (expected instanceof Decimal128Vector d) {
                assertThat(((Decimal128Vector) actual).low(r)).as(at + " low").isEqualTo(d.low(i));
                assertThat(((Decimal128Vector) actual).high(r)).as(at + " high").isEqualTo(d.high(i));
            } else {
                assertThat(actual.getObject(r)).as(at).isEqualTo(expected.getObject(i));
            }
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
