package io.taos4j.protocol.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.block.BlockFixtures.Column;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.IntVector;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Truncated, corrupted and crafted blocks: decoding either succeeds or throws {@link ProtocolException}. */
class RawBlockHostileInputTest {
    private static final int MUTATIONS = 20_000;

    private static byte[] workedExample() {
        return BlockFixtures.hex(BlockFixtures.WORKED_EXAMPLE);
    }

    /** Nine rows of every type with nulls at the start, middle and end, plus a NULL column. */
    private static byte[] multiTypeBlock() {
        List<Column> columns = new ArrayList<>(BlockFixtures.allColumns(9, r -> r == 0 || r == 4 || r == 8, 99));
        columns.add(new Column(ColumnSchema.of(TaosType.NULL), null));
        List<ColumnVector> vectors = new ArrayList<>();
        columns.forEach(c -> vectors.add(c.vector()));
        return RawBlockEncoder.encode(BlockFixtures.schemas(columns), vectors, 0, 9);
    }

    @Test
    void everyTruncationIsAProtocolError() {
        for (byte[] block : List.of(workedExample(), multiTypeBlock())) {
            for (int n = 0; n < block.length; n++) {
                int length = n;
                assertThatThrownBy(() -> RawBlock.decode(block, 0, length))
                        .as("truncated to " + n + " of " + block.length)
                        .isInstanceOf(ProtocolException.class);
            }
            assertThat(RawBlock.decode(block, 0, block.length).length()).isEqualTo(block.length);
        }
    }

    @Test
    void randomCorruptionIsDecodedOrRejectedNeverCrashes() {
        Random random = new Random(0x7A05_4B10CL);
        int accepted = 0;
        for (byte[] original : List.of(workedExample(), multiTypeBlock())) {
            for (int i = 0; i < MUTATIONS; i++) {
                byte[] block = original.clone();
                int edits = 1 + random.nextInt(4);
                for (int e = 0; e < edits; e++) {
                    // Half of the edits hit the header, schema and data lengths, where structure lives.
                    int metaEnd = RawBlock.HEADER_SIZE + 9 * ByteBuffer.wrap(original).order(ByteOrder.LITTLE_ENDIAN)
                            .getInt(12);
                    int at = random.nextBoolean() ? random.nextInt(metaEnd) : random.nextInt(block.length);
                    block[at] = switch (random.nextInt(4)) {
                        case 0 -> (byte) 0xFF;
                        case 1 -> (byte) 0x00;
                        case 2 -> (byte) (block[at] ^ (1 << random.nextInt(8)));
                        default -> (byte) random.nextInt(256);
                    };
                }
                RawBlock decoded;
                try {
                    decoded = RawBlock.decode(block, 0, block.length);
                } catch (ProtocolException expected) {
                    continue;
                } catch (RuntimeException e) {
                    throw new AssertionError("mutation " + i + " escaped as " + e + ": " + BlockFixtures.hex(block), e);
                }
                accepted++;
                readEverything(decoded, block);
            }
        }
        System.out.println("corrupted blocks: " + 2 * MUTATIONS + ", still valid (and fully read): " + accepted);
        assertThat(accepted).as("some mutations (e.g. in values) still decode").isGreaterThan(1000);
    }

    /** A block that validated must be readable in full: every accessor, every vector, and encodable again. */
    private static void readEverything(RawBlock block, byte[] bytes) {
        try {
            List<ColumnVector> vectors = new ArrayList<>();
            for (int c = 0; c < block.columnCount(); c++) {
                TaosType type = block.type(c);
                for (int r = 0; r < block.rows(); r++) {
                    block.isNull(c, r);
                    if (type.isVarLength()) {
                        block.varLength(c, r);
                        block.getBytes(c, r);
                        if (type.isText()) {
                            block.getString(c, r);
                        }
                    } else if (type.isDecimal()) {
                        block.getDecimal(c, r);
                    } else if (type != TaosType.NULL) {
                        switch (type.fixedSize()) {
                            case 1 -> block.getByte(c, r);
                            case 2 -> block.getShort(c, r);
                            case 4 -> block.getInt(c, r);
                            default -> block.getLong(c, r);
                        }
                    }
                }
                vectors.add(type == TaosType.NULL ? null : block.toVector(c));
            }
            byte[] again = RawBlockEncoder.encode(block.schemas(), vectors, 0, block.rows());
            RawBlock.decode(again, 0, again.length);
        } catch (RuntimeException e) {
            throw new AssertionError("validated block failed to read: " + e + ": " + BlockFixtures.hex(bytes), e);
        }
    }

    private static byte[] patched(byte[] block, Consumer<ByteBuffer> patch) {
        byte[] copy = block.clone();
        patch.accept(ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN));
        return copy;
    }

    private static void assertRejected(byte[] block, String messagePart) {
        assertThatThrownBy(() -> RawBlock.decode(block, 0, block.length))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining(messagePart);
    }

    // Worked example layout: schema at 28, data lengths at 43, col 0 at 55, col 1 at 72, col 2 offsets at 81,
    // col 2 data at 89 (9 bytes), trailing byte at 98.

    @Test
    void headerViolations() {
        byte[] b = workedExample();
        assertRejected(patched(b, x -> x.putInt(8, -1)), "negative row count -1");
        assertRejected(patched(b, x -> x.putInt(12, -3)), "negative column count -3");
        assertRejected(patched(b, x -> x.putInt(12, Integer.MAX_VALUE)), "header and schema");
        assertRejected(patched(b, x -> x.putInt(4, Integer.MAX_VALUE)), "exceeds the 99 bytes available");
        assertRejected(patched(b, x -> x.putInt(4, 27)), "is less than");
        assertRejected(patched(b, x -> x.putInt(4, -1)), "is less than");
        assertRejected(patched(b, x -> x.putInt(8, Integer.MAX_VALUE)), "column 0 (TIMESTAMP)");
        assertRejected(new byte[27], "needs 28 bytes");
    }

    @Test
    void schemaViolations() {
        byte[] b = workedExample();
        assertRejected(patched(b, x -> x.put(28 + 5, (byte) 22)), "column 1: unknown type code 22");
        assertRejected(patched(b, x -> x.put(28 + 5, (byte) -1)), "column 1: unknown type code -1");
        assertRejected(patched(b, x -> x.put(28 + 10, (byte) 19)), "MEDIUMBLOB");
        assertRejected(patched(b, x -> x.putInt(28 + 6, 8)), "column 1 (INT): INT width must be 4");
        assertRejected(patched(b, x -> x.putInt(28 + 11, 1)), "column 2 (VARCHAR)");
    }

    @Test
    void columnAreaViolations() {
        byte[] b = workedExample();
        assertRejected(patched(b, x -> x.putInt(43, 15)), "column 0 (TIMESTAMP): data length 15 is not 2 rows x 8");
        assertRejected(patched(b, x -> x.putInt(51, -9)), "column 2 (VARCHAR): negative data length");
        assertRejected(patched(b, x -> x.putInt(51, 12)), "run past the block end");
        assertRejected(patched(b, x -> x.putInt(51, 7)), "runs past the data area of 7 bytes");
        // A block without the trailing byte is accepted: the columns end exactly at length.
        RawBlock noTrailer = RawBlock.decode(patched(b, x -> x.putInt(4, 98)), 0, 98);
        assertThat(noTrailer.getString(2, 1)).isEqualTo("xyz");
        // Extra bytes between the last column and length are not.
        byte[] longer = new byte[100];
        System.arraycopy(b, 0, longer, 0, 99);
        assertRejected(patched(longer, x -> x.putInt(4, 100)), "columns end at 98 but the block length is 100");
    }

    @Test
    void offsetViolations() {
        byte[] b = workedExample();
        assertRejected(patched(b, x -> x.putInt(85, 9)), "column 2 (VARCHAR) row 1: offset 9");
        assertRejected(patched(b, x -> x.putInt(85, 8)), "column 2 (VARCHAR) row 1: offset 8");
        assertRejected(patched(b, x -> x.putInt(81, -2)), "column 2 (VARCHAR) row 0: offset -2");
        assertRejected(patched(b, x -> x.putInt(81, Integer.MIN_VALUE)), "row 0: offset");
        assertRejected(patched(b, x -> x.putInt(81, Integer.MAX_VALUE)), "row 0: offset");
        // The entry of row 1 claims 200 payload bytes; only 3 remain.
        assertRejected(patched(b, x -> x.putShort(93, (short) 200)), "row 1: entry at offset 4 with 200 payload bytes");
        assertRejected(patched(b, x -> x.putShort(93, (short) -1)), "65535 payload bytes");
        // Shared and out-of-order offsets are legal: both rows read "xyz".
        RawBlock shared = RawBlock.decode(patched(b, x -> x.putInt(81, 4)), 0, 99);
        assertThat(shared.getString(2, 0)).isEqualTo("xyz");
        assertThat(shared.getString(2, 1)).isEqualTo("xyz");
    }

    @Test
    void blobAndNcharEntryViolations() {
        ColumnVector blob = BlockFixtures.vector(TaosType.BLOB, 1, r -> false, new Random(1));
        byte[] b = RawBlockEncoder.encode(List.of(ColumnSchema.blob()), List.of(blob), 0, 1);
        int entry = RawBlock.HEADER_SIZE + 9 + 4;
        assertRejected(patched(b, x -> x.putInt(entry, -1)), "4294967295 payload bytes");
        assertRejected(patched(b, x -> x.putInt(entry - 4, b.length)), "4-byte length");

        ColumnVector nchar = BlockFixtures.vector(TaosType.NCHAR, 2, r -> false, new Random(1));
        byte[] n = RawBlockEncoder.encode(List.of(ColumnSchema.nchar(20)), List.of(nchar), 0, 2);
        int secondEntry = RawBlock.HEADER_SIZE + 9 + 8 + 2; // row 0 is "" (a 2-byte entry)
        assertRejected(patched(n, x -> x.putShort(secondEntry, (short) 3)), "NCHAR length 3 is not a multiple of 4");
    }

    @Test
    void nullTypeColumnLength() {
        byte[] b = RawBlockEncoder.encode(
                List.of(ColumnSchema.of(TaosType.NULL)), Arrays.asList((ColumnVector) null), 0, 3);
        assertThat(RawBlock.decode(b, 0, b.length).isNull(0, 1)).isTrue();
        assertRejected(patched(b, x -> x.putInt(RawBlock.HEADER_SIZE + 5, 2)), "must be 0 or the row count 3");
        // TDengine may also leave one byte per row: data length = rows.
        byte[] withData = new byte[b.length + 3];
        System.arraycopy(b, 0, withData, 0, b.length - 1);
        ByteBuffer x = ByteBuffer.wrap(withData).order(ByteOrder.LITTLE_ENDIAN);
        x.putInt(4, withData.length).putInt(RawBlock.HEADER_SIZE + 5, 3);
        RawBlock decoded = RawBlock.decode(withData, 0, withData.length);
        assertThat(decoded.isNull(0, 2)).isTrue();
    }

    @Test
    void accessorsRejectMisuse() {
        byte[] b = workedExample();
        RawBlock block = RawBlock.decode(b, 0, b.length);
        assertThatThrownBy(() -> block.getInt(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> block.getLong(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> block.getLong(2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> block.getBytes(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> block.getString(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> block.getDecimal(1, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> block.getLong(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> block.isNull(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> block.getString(2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> block.schema(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> RawBlock.decode(b, 90, 10)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void encoderRejectsMisuse() {
        List<ColumnSchema> schema = List.of(ColumnSchema.of(TaosType.INT));
        ColumnVector ints = ColumnVector.allocate(TaosType.INT, 2);
        ColumnVector longs = ColumnVector.allocate(TaosType.BIGINT, 2);
        assertThatThrownBy(() -> RawBlockEncoder.encode(schema, List.of(longs), 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LongVector");
        assertThatThrownBy(() -> RawBlockEncoder.encode(schema, List.of(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawBlockEncoder.encode(schema, List.of(ints), 0, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> RawBlockEncoder.encode(schema, List.of(ints), 1, 0))
                .isInstanceOf(IndexOutOfBoundsException.class);
        ColumnVector text = ColumnVector.allocate(TaosType.VARCHAR, 1);
        ((BinaryVector) text).append(new byte[65536]);
        assertThatThrownBy(() -> RawBlockEncoder.encode(List.of(ColumnSchema.varchar(100)), List.of(text), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2-byte length");
        ColumnVector ok = ColumnVector.allocate(TaosType.INT, 1);
        ((IntVector) ok).append(1);
        ByteBuffer small = ByteBuffer.allocate(10);
        assertThatThrownBy(() -> RawBlockEncoder.encode(small, 1, 0, schema, List.of(ok), 0, 1))
                .isInstanceOf(BufferOverflowException.class);
        assertThat(small.position()).isZero();
    }

    @Test
    void hugeBlobsRoundTrip() {
        ColumnVector blob = ColumnVector.allocate(TaosType.BLOB, 1);
        byte[] big = BlockFixtures.randomBytes(new Random(5), 1 << 20);
        ((BinaryVector) blob).append(big);
        byte[] b = RawBlockEncoder.encode(List.of(ColumnSchema.blob()), List.of(blob), 0, 1);
        RawBlock block = RawBlock.decode(b, 0, b.length);
        assertThat(block.varLength(0, 0)).isEqualTo(big.length);
        assertThat(block.getBytes(0, 0)).isEqualTo(big);
    }
}
