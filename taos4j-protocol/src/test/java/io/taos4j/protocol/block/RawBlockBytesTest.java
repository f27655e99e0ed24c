package io.taos4j.protocol.block;

import static io.taos4j.protocol.block.BlockFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.Decimal128Vector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-exact checks against the hex of raw-block.md (§8 worked example, §3.4 server_version, §4 value bytes). */
class RawBlockBytesTest {

    private static List<ColumnVector> workedExampleVectors() {
        LongVector ts = new LongVector(TaosType.TIMESTAMP, 2);
        ts.append(1_700_000_000_000L);
        ts.append(1_700_000_001_000L);
        IntVector c1 = new IntVector(TaosType.INT, 2);
        c1.append(42);
        c1.appendNull();
        BinaryVector c2 = new BinaryVector(TaosType.VARCHAR, 2);
        c2.append("ab");
        c2.append("xyz");
        return List.of(ts, c1, c2);
    }

    private static final List<ColumnSchema> WORKED_SCHEMA =
            List.of(ColumnSchema.of(TaosType.TIMESTAMP), ColumnSchema.of(TaosType.INT), ColumnSchema.varchar(10));

    @Test
    void encodesTheWorkedExample() {
        byte[] block = RawBlockEncoder.encode(WORKED_SCHEMA, workedExampleVectors(), 0, 2);
        assertThat(block).hasSize(99);
        assertThat(hex(block)).isEqualTo(hex(hex(BlockFixtures.WORKED_EXAMPLE)));
        assertThat(RawBlockEncoder.encodedLength(WORKED_SCHEMA, workedExampleVectors(), 0, 2)).isEqualTo(99);
    }

    @Test
    void decodesTheWorkedExampleInsideItsFetchReply() {
        byte[] prefix = hex("""
                ffffffffffffffff 0700000000000000 0100 40e2010000000000 8877665544332211
                00000000 00000000 0100000000000000 00 63000000""");
        byte[] frame = new byte[prefix.length + 99];
        System.arraycopy(prefix, 0, frame, 0, prefix.length);
        System.arraycopy(hex(BlockFixtures.WORKED_EXAMPLE), 0, frame, prefix.length, 99);

        RawBlock block = RawBlock.decode(frame, 55, 99);
        assertThat(block.version()).isEqualTo(1);
        assertThat(block.length()).isEqualTo(99);
        assertThat(block.rows()).isEqualTo(2);
        assertThat(block.columnCount()).isEqualTo(3);
        assertThat(block.flag()).isEqualTo(0x80000000);
        assertThat(block.groupId()).isZero();
        assertThat(block.schemas()).isEqualTo(WORKED_SCHEMA);
        assertThat(block.getLong(0, 0)).isEqualTo(1_700_000_000_000L);
        assertThat(block.getLong(0, 1)).isEqualTo(1_700_000_001_000L);
        assertThat(block.isNull(0, 1)).isFalse();
        assertThat(block.getInt(1, 0)).isEqualTo(42);
        assertThat(block.isNull(1, 0)).isFalse();
        assertThat(block.isNull(1, 1)).isTrue();
        assertThat(block.getString(2, 0)).isEqualTo("ab");
        assertThat(block.getString(2, 1)).isEqualTo("xyz");
        assertThat(block.varLength(2, 1)).isEqualTo(3);
        assertThat(block.getBytes(2, 0)).isEqualTo(new byte[] {'a', 'b'});

        List<ColumnVector> vectors = List.of(block.toVector(0), block.toVector(1), block.toVector(2));
        assertThat(RawBlockEncoder.encode(block.schemas(), vectors, 0, 2))
                .isEqualTo(Arrays.copyOfRange(frame, 55, 154));
    }

    @Test
    void serverVersionBlock() {
        String expected = "01000000 39000000 01000000 01000000 00000080 0000000000000000 08 0f000000 0f000000"
                + " 00000000 0d00 332e332e372e352e616c706861 00";
        BinaryVector v = new BinaryVector(TaosType.VARCHAR, 1);
        v.append("3.3.7.5.alpha");
        byte[] block = RawBlockEncoder.encode(List.of(ColumnSchema.varchar(13)), List.of(v), 0, 1);
        assertThat(hex(block)).isEqualTo(hex(hex(expected)));
        assertThat(block).hasSize(57);

        RawBlock decoded = RawBlock.decode(hex(expected), 0, 57);
        assertThat(decoded.schema(0)).isEqualTo(ColumnSchema.varchar(13));
        assertThat(decoded.getString(0, 0)).isEqualTo("3.3.7.5.alpha");
    }

    /** Encodes one column and returns the bytes of its data area (after the bitmap or offsets). */
    private static byte[] dataArea(ColumnSchema schema, ColumnVector vector) {
        byte[] block = RawBlockEncoder.encode(List.of(schema), List.of(vector), 0, vector.size());
        int rows = vector.size();
        int head = schema.type().isVarLength() ? 4 * rows : (rows + 7) / 8;
        int start = RawBlock.HEADER_SIZE + 9 + head;
        return Arrays.copyOfRange(block, start, block.length - 1);
    }

    private static RawBlock roundTrip(ColumnSchema schema, ColumnVector vector) {
        byte[] block = RawBlockEncoder.encode(List.of(schema), List.of(vector), 0, vector.size());
        return RawBlock.decode(block, 0, block.length);
    }

    @Test
    void decimal64Values() {
        LongVector v = new LongVector(TaosType.DECIMAL64, 2);
        v.append(12345);
        v.append(-1);
        ColumnSchema schema = ColumnSchema.decimal(10, 2);
        assertThat(hex(dataArea(schema, v))).isEqualTo("3930000000000000" + "ffffffffffffffff");
        RawBlock block = roundTrip(schema, v);
        assertThat(block.getDecimal(0, 0)).isEqualTo(new BigDecimal("123.45"));
        assertThat(block.getDecimal(0, 1, 2)).isEqualTo(new BigDecimal("-0.01"));
    }

    @Test
    void decimal128Values() {
        Decimal128Vector d30 = new Decimal128Vector(1);
        d30.append(BigInteger.valueOf(150000));
        assertThat(hex(dataArea(ColumnSchema.decimal(30, 5), d30))).isEqualTo("f049020000000000" + "0".repeat(16));
        assertThat(roundTrip(ColumnSchema.decimal(30, 5), d30).getDecimal(0, 0)).isEqualTo(new BigDecimal("1.50000"));

        Decimal128Vector d20 = new Decimal128Vector(1);
        d20.append(BigInteger.valueOf(-8));
        assertThat(hex(dataArea(ColumnSchema.decimal(20, 0), d20))).isEqualTo("f8" + "ff".repeat(15));
        assertThat(roundTrip(ColumnSchema.decimal(20, 0), d20).getDecimal(0, 0)).isEqualTo(new BigDecimal("-8"));

        Decimal128Vector big = new Decimal128Vector(1);
        BigInteger unscaled = new BigInteger("-123456789012345678901234567");
        big.append(unscaled);
        assertThat(roundTrip(ColumnSchema.decimal(38, 5), big).getDecimal(0, 0))
                .isEqualTo(new BigDecimal(unscaled, 5));
    }

    @Test
    void ncharIsUcs4LittleEndian() {
        BinaryVector v = new BinaryVector(TaosType.NCHAR, 2);
        v.append("nç");
        v.append("");
        assertThat(hex(dataArea(ColumnSchema.nchar(5), v))).isEqualTo("0800" + "6e000000e7000000" + "0000");
        RawBlock block = roundTrip(ColumnSchema.nchar(5), v);
        assertThat(block.getString(0, 0)).isEqualTo("nç");
        assertThat(block.getString(0, 1)).isEmpty();
        assertThat(block.varLength(0, 0)).isEqualTo(8);
        assertThat(BlockFixtures.utf8(((BinaryVector) block.toVector(0)).getBytes(0))).isEqualTo("nç");
    }

    @Test
    void geometryIsWkbWithU16Prefix() {
        BinaryVector v = new BinaryVector(TaosType.GEOMETRY, 1);
        v.append(BlockFixtures.point(1.0, 2.0));
        assertThat(hex(dataArea(ColumnSchema.geometry(50), v)))
                .isEqualTo("1500" + "0101000000" + "000000000000f03f" + "0000000000000040");
    }

    @Test
    void blobHasU32Prefix() {
        BinaryVector v = new BinaryVector(TaosType.BLOB, 2);
        v.append(new byte[] {1, 2});
        v.append(new byte[0]);
        assertThat(hex(dataArea(ColumnSchema.blob(), v))).isEqualTo("02000000" + "0102" + "00000000");
        RawBlock block = roundTrip(ColumnSchema.blob(), v);
        assertThat(block.getBytes(0, 0)).containsExactly(1, 2);
        assertThat(block.getBytes(0, 1)).isEmpty();
        assertThat(block.isNull(0, 1)).isFalse();
    }

    @Test
    void emptyValuesAreTwoByteEntriesNotNull() {
        for (ColumnSchema schema : List.of(ColumnSchema.varchar(4), ColumnSchema.nchar(4), ColumnSchema.varbinary(4))) {
            BinaryVector v = new BinaryVector(schema.type(), 2);
            v.append(new byte[0]);
            v.appendNull();
            byte[] block = RawBlockEncoder.encode(List.of(schema), List.of(v), 0, 2);
            int offsetsAt = RawBlock.HEADER_SIZE + 9;
            assertThat(hex(Arrays.copyOfRange(block, offsetsAt, block.length)))
                    .as(schema.toString()).isEqualTo("00000000" + "ffffffff" + "0000" + "00");
            RawBlock decoded = RawBlock.decode(block, 0, block.length);
            assertThat(decoded.isNull(0, 0)).isFalse();
            assertThat(decoded.varLength(0, 0)).isZero();
            assertThat(decoded.isNull(0, 1)).isTrue();
            assertThat(decoded.varLength(0, 1)).isEqualTo(-1);
            assertThat(decoded.getBytes(0, 1)).isNull();
        }
    }

    @Test
    void nullFixedSlotsAreZeroFilled() {
        LongVector v = new LongVector(TaosType.BIGINT, 3);
        v.append(-1);
        v.appendNull();
        v.append(-1);
        assertThat(hex(dataArea(ColumnSchema.of(TaosType.BIGINT), v)))
                .isEqualTo("ffffffffffffffff" + "0000000000000000" + "ffffffffffffffff");
    }
}
