package io.taos4j.protocol.block;

import static io.taos4j.protocol.block.BlockFixtures.assertSameValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.block.BlockFixtures.Column;
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
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Encode vectors of every type, decode the block, and compare every value through accessors and vectors. */
class RawBlockRoundTripTest {

    static Stream<Arguments> shapes() {
        List<Arguments> out = new ArrayList<>();
        for (int rows : new int[] {0, 1, 7, 8, 9, 4096}) {
            out.add(Arguments.of(rows, "no nulls", (IntPredicate) r -> false));
            out.add(Arguments.of(rows, "all null", (IntPredicate) r -> true));
            out.add(Arguments.of(rows, "first null", (IntPredicate) r -> r == 0));
            out.add(Arguments.of(rows, "middle null", (IntPredicate) r -> r == rows / 2));
            out.add(Arguments.of(rows, "last null", (IntPredicate) r -> r == rows - 1));
            out.add(Arguments.of(rows, "every third null", (IntPredicate) r -> r % 3 == 1));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} rows, {1}")
    @MethodSource("shapes")
    void everyTypeRoundTrips(int rows, String nulls, IntPredicate isNull) {
        List<Column> columns = BlockFixtures.allColumns(rows, isNull, 31L * rows + nulls.hashCode());
        checkRange(columns, 0, rows);
    }

    @Test
    void subRangesRoundTrip() {
        List<Column> columns = BlockFixtures.allColumns(40, r -> r % 5 == 2 || r == 39, 7);
        int[][] ranges = {{0, 0}, {0, 1}, {3, 11}, {8, 16}, {17, 40}, {39, 40}, {40, 40}, {5, 6}, {0, 40}};
        for (int[] range : ranges) {
            checkRange(columns, range[0], range[1]);
        }
    }

    private static void checkRange(List<Column> columns, int from, int to) {
        List<ColumnSchema> schema = BlockFixtures.schemas(columns);
        List<ColumnVector> vectors = BlockFixtures.vectors(columns);
        byte[] bytes = RawBlockEncoder.encode(schema, vectors, from, to);
        assertThat(bytes).hasSize(RawBlockEncoder.encodedLength(schema, vectors, from, to));
        RawBlock block = RawBlock.decode(bytes, 0, bytes.length);
        int rows = to - from;
        assertThat(block.rows()).isEqualTo(rows);
        assertThat(block.schemas()).isEqualTo(schema);
        assertThat(bytes[bytes.length - 1]).isZero();

        List<ColumnVector> decoded = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            ColumnVector expected = vectors.get(c);
            ColumnVector actual = block.toVector(c);
            assertSameValues("column " + c + " " + schema.get(c) + " [" + from + "," + to + ")", expected, from,
                    actual, rows);
            assertAccessors(block, c, expected, from);
            // the same reads through a read-only and a direct buffer, which have no accessible array
            assertAccessors(RawBlock.decode(ByteBuffer.wrap(bytes).asReadOnlyBuffer()), c, expected, from);
            assertAccessors(RawBlock.decode(ByteBuffer.allocateDirect(bytes.length).put(bytes).flip()), c, expected,
                    from);
            boolean anyNull = false;
            for (int r = from; r < to; r++) {
                anyNull |= expected.isNull(r);
            }
            assertThat(block.hasNulls(c)).as("column " + c + " has nulls").isEqualTo(anyNull);
            decoded.add(actual);
        }
        // Decoded vectors encode back to the same bytes.
        assertThat(RawBlockEncoder.encode(schema, decoded, 0, rows)).isEqualTo(bytes);
    }

    /** The typed getters agree with the source vector; unsigned values come back as raw bits. */
    private static void assertAccessors(RawBlock block, int c, ColumnVector expected, int from) {
        for (int r = 0; r < block.rows(); r++) {
            int i = from + r;
            String at = "column " + c + " " + expected.type() + " row " + r;
            assertThat(block.isNull(c, r)).as(at).isEqualTo(expected.isNull(i));
            if (expected.isNull(i)) {
                if (expected instanceof BinaryVector) {
                    assertThat(block.getBytes(c, r)).as(at).isNull();
                } else if (expected.type().isDecimal()) {
                    assertThat(block.getDecimal(c, r, 0)).as(at).isNull();
                }
                continue;
            }
            if (expected instanceof BoolVector v) {
                assertThat(block.getBoolean(c, r)).as(at).isEqualTo(v.getBoolean(i));
            } else if (expected instanceof ByteVector v) {
                assertThat(block.getByte(c, r)).as(at).isEqualTo(v.get(i));
            } else if (expected instanceof ShortVector v) {
                assertThat(block.getShort(c, r)).as(at).isEqualTo(v.get(i));
            } else if (expected instanceof IntVector v) {
                assertThat(block.getInt(c, r)).as(at).isEqualTo(v.get(i));
            } else if (expected instanceof LongVector v) {
                assertThat(block.getLong(c, r)).as(at).isEqualTo(v.get(i));
                if (v.type() == TaosType.DECIMAL64) {
                    assertThat(block.getDecimal(c, r)).as(at).isEqualTo(BigDecimal.valueOf(v.get(i), 2));
                }
            } else if (expected instanceof FloatVector v) {
                assertThat(Float.floatToRawIntBits(block.getFloat(c, r)))
                        .as(at).isEqualTo(Float.floatToRawIntBits(v.get(i)));
            } else if (expected instanceof DoubleVector v) {
                assertThat(Double.doubleToRawLongBits(block.getDouble(c, r)))
                        .as(at).isEqualTo(Double.doubleToRawLongBits(v.get(i)));
            } else if (expected instanceof Decimal128Vector v) {
                assertThat(block.getDecimal(c, r)).as(at).isEqualTo(new BigDecimal(v.getUnscaled(i), 5));
            } else if (expected instanceof BinaryVector v) {
                byte[] value = v.getBytes(i);
                if (v.type().isText()) {
                    assertThat(block.getString(c, r)).as(at).isEqualTo(v.getString(i));
                }
                if (v.type() == TaosType.NCHAR) {
                    int chars = v.getString(i).codePointCount(0, v.getString(i).length());
                    assertThat(block.varLength(c, r)).as(at).isEqualTo(4 * chars);
                } else {
                    assertThat(block.getBytes(c, r)).as(at).isEqualTo(value);
                    assertThat(block.varLength(c, r)).as(at).isEqualTo(value.length);
                }
            }
        }
    }

    @Test
    void unsignedValuesAboveTheSignedRangeKeepTheirBits() {
        List<ColumnSchema> schema = List.of(ColumnSchema.of(TaosType.UTINYINT), ColumnSchema.of(TaosType.USMALLINT),
                ColumnSchema.of(TaosType.UINT), ColumnSchema.of(TaosType.UBIGINT));
        ByteVector u8 = new ByteVector(TaosType.UTINYINT, 1);
        u8.append((byte) 200);
        ShortVector u16 = new ShortVector(TaosType.USMALLINT, 1);
        u16.append((short) 65000);
        IntVector u32 = new IntVector(TaosType.UINT, 1);
        u32.append((int) 4_000_000_000L);
        LongVector u64 = new LongVector(TaosType.UBIGINT, 1);
        u64.append(Long.parseUnsignedLong("18446744073709551615"));
        byte[] bytes = RawBlockEncoder.encode(schema, List.of(u8, u16, u32, u64), 0, 1);
        RawBlock block = RawBlock.decode(bytes, 0, bytes.length);
        assertThat(Byte.toUnsignedInt(block.getByte(0, 0))).isEqualTo(200);
        assertThat(Short.toUnsignedInt(block.getShort(1, 0))).isEqualTo(65000);
        assertThat(Integer.toUnsignedLong(block.getInt(2, 0))).isEqualTo(4_000_000_000L);
        assertThat(Long.toUnsignedString(block.getLong(3, 0))).isEqualTo("18446744073709551615");
    }

    @Test
    void ncharNonBmpCharactersSurviveBothWays() {
        BinaryVector v = new BinaryVector(TaosType.NCHAR, 3);
        v.append("😀");
        v.append("a😀b𝄞ç中");
        v.appendNull();
        byte[] bytes = RawBlockEncoder.encode(List.of(ColumnSchema.nchar(10)), List.of(v), 0, 3);
        RawBlock block = RawBlock.decode(bytes, 0, bytes.length);
        assertThat(block.varLength(0, 0)).isEqualTo(4);
        assertThat(block.getBytes(0, 0)).containsExactly(0x00, 0xF6, 0x01, 0x00);
        assertThat(block.getString(0, 1)).isEqualTo("a😀b𝄞ç中");
        assertThat(block.getString(0, 2)).isNull();
        assertThat(((BinaryVector) block.toVector(0)).getString(1)).isEqualTo("a😀b𝄞ç中");
    }

    @Test
    void malformedTextBecomesReplacementCharacters() {
        BinaryVector v = new BinaryVector(TaosType.NCHAR, 1);
        v.append(new byte[] {'a', (byte) 0xC3, (byte) 0xE2, (byte) 0x82, 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        List<ColumnSchema> schema = List.of(ColumnSchema.nchar(20));
        byte[] bytes = RawBlockEncoder.encode(schema, List.of(v), 0, 1);
        RawBlock block = RawBlock.decode(bytes, 0, bytes.length);
        assertThat(block.getString(0, 0)).isEqualTo("a\uFFFD\uFFFD\uFFFDb\uFFFD\uFFFD\uFFFD");
        assertThat(RawBlockEncoder.encodedLength(schema, List.of(v), 0, 1)).isEqualTo(bytes.length);

        // A UCS-4 value that is no Unicode scalar (a surrogate, above U+10FFFF) decodes as U+FFFD.
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int payload = RawBlock.HEADER_SIZE + 9 + 4 + 2;
        b.putInt(payload, 0xD800);
        b.putInt(payload + 4, 0x110000);
        RawBlock bad = RawBlock.decode(bytes, 0, bytes.length);
        assertThat(bad.getString(0, 0)).startsWith("\uFFFD\uFFFD");
        assertThat(((BinaryVector) bad.toVector(0)).getString(0)).startsWith("\uFFFD\uFFFD");
    }

    @Test
    void varcharCanBeSentAsNcharAndBoolIsNormalised() {
        BinaryVector text = new BinaryVector(TaosType.VARCHAR, 1);
        text.append("hé");
        BoolVector flags = BoolVector.wrap(new byte[] {0, 7}, 2);
        byte[] bytes = RawBlockEncoder.encode(List.of(ColumnSchema.nchar(4), ColumnSchema.of(TaosType.BOOL)),
                List.of(text.slice(0, 1), flags), 0, 1);
        RawBlock block = RawBlock.decode(bytes, 0, bytes.length);
        assertThat(block.getString(0, 0)).isEqualTo("hé");
        byte[] two = RawBlockEncoder.encode(List.of(ColumnSchema.of(TaosType.BOOL)), List.of(flags), 0, 2);
        assertThat(two[two.length - 2]).isEqualTo((byte) 1);
    }

    @Test
    void nullTypeColumns() {
        byte[] bytes = RawBlockEncoder.encode(List.of(ColumnSchema.of(TaosType.NULL), ColumnSchema.of(TaosType.INT)),
                Arrays.asList(null, IntVector.wrap(TaosType.INT, new int[] {1, 2, 3}, 3)), 0, 3);
        // header, schema 0x00 bytes 1 and INT, data lengths 0 and 12, bitmap 0xe0 + no data, INT bitmap + values
        assertThat(BlockFixtures.hex(bytes)).isEqualTo(BlockFixtures.hex(BlockFixtures.hex("""
                01000000 3d000000 03000000 02000000 00000080 0000000000000000
                0001000000 0404000000 00000000 0c000000
                e0
                00 01000000 02000000 03000000
                00""")));
        RawBlock block = RawBlock.decode(bytes, 0, bytes.length);
        assertThat(block.isNull(0, 0)).isTrue();
        assertThat(block.isNull(0, 2)).isTrue();
        assertThat(block.getInt(1, 2)).isEqualTo(3);
        assertThatThrownBy(() -> block.toVector(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> block.getByte(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodesAtTheBufferPositionWithoutMovingIt() {
        List<Column> columns = BlockFixtures.allColumns(9, r -> r == 4, 3);
        byte[] bytes = RawBlockEncoder.encode(BlockFixtures.schemas(columns), BlockFixtures.vectors(columns), 0, 9);
        int size = bytes.length + 20;
        for (ByteBuffer buf : List.of(ByteBuffer.allocate(size), ByteBuffer.allocateDirect(size))) {
            buf.position(7);
            buf.put(bytes).put(new byte[] {1, 2, 3});
            buf.position(7);
            RawBlock block = RawBlock.decode(buf);
            assertThat(buf.position()).isEqualTo(7);
            assertThat(buf.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
            assertThat(block.length()).isEqualTo(bytes.length);
            List<ColumnVector> vectors = new ArrayList<>();
            for (int c = 0; c < block.columnCount(); c++) {
                vectors.add(block.toVector(c));
                assertSameValues("column " + c, columns.get(c).vector(), 0, vectors.get(c), 9);
            }
            assertThat(block.getString(12, 0)).isEqualTo(((BinaryVector) columns.get(12).vector()).getString(0));
            assertThat(RawBlockEncoder.encode(block.schemas(), vectors, 0, 9)).isEqualTo(bytes);
        }
    }

    @Test
    void encodeIntoABufferWritesEveryByteAndAdvances() {
        List<Column> columns = BlockFixtures.allColumns(13, r -> r % 4 == 0, 11);
        List<ColumnSchema> schema = BlockFixtures.schemas(columns);
        List<ColumnVector> vectors = BlockFixtures.vectors(columns);
        byte[] expected = RawBlockEncoder.encode(schema, vectors, 2, 13);
        for (ByteBuffer out : List.of(ByteBuffer.allocate(expected.length + 10),
                ByteBuffer.allocateDirect(expected.length + 10))) {
            while (out.hasRemaining()) {
                out.put((byte) 0xAA); // dirty buffer: the encoder must not rely on zeroed memory
            }
            out.position(5);
            RawBlockEncoder.encode(out, RawBlockEncoder.VERSION_TMQ, 0x1122334455667788L, schema, vectors, 2, 13);
            assertThat(out.position()).isEqualTo(5 + expected.length);
            assertThat(out.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
            byte[] written = new byte[expected.length];
            out.get(5, written);
            RawBlock block = RawBlock.decode(written, 0, written.length);
            assertThat(block.version()).isEqualTo(2);
            assertThat(block.groupId()).isEqualTo(0x1122334455667788L);
            // Only the version and group id differ from the default encoding.
            ByteBuffer.wrap(written).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 1).putLong(20, 0);
            assertThat(written).isEqualTo(expected);
            assertThat(out.get(5 + expected.length)).isEqualTo((byte) 0xAA);
        }
    }
}
