package io.taos4j.protocol.stmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.BoolVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.DoubleVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.column.ShortVector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-exact records for each kind of column, and the checks that keep a malformed bind from being written. */
class Stmt2BindEncoderTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void writesAFixedRecordWithZeroedNullSlots() {
        IntVector v = IntVector.wrap(TaosType.INT, new int[] {5, 9, 7}, 3);
        v.setNull(1);
        ByteBuffer p = Stmt2BindEncoder.encodePayload(List.of(table(null, List.of(), v)));
        // header 28, the table's column bytes 4, record 17 + 3 + 12 = 32: 64 bytes
        assertThat(hex(p)).isEqualTo("40000000" + "01000000" + "00000000" + "01000000" + "00000000" + "00000000"
                + "1c000000" + "20000000"
                + "20000000" + "04000000" + "03000000" + "000100" + "00" + "0c000000"
                + "05000000" + "00000000" + "07000000");
    }

    @Test
    void writesVariableRecordsWithLengthsAndNoBytesForNulls() {
        BinaryVector s = new BinaryVector(TaosType.NCHAR, 3);
        s.append("é");
        s.appendNull();
        s.append("");
        ByteBuffer p = Stmt2BindEncoder.encodePayload(List.of(table(null, List.of(), s)));
        assertThat(hex(p).substring(64)).isEqualTo("22000000" + "0a000000" + "03000000" + "000100" + "01"
                + "02000000" + "00000000" + "00000000" + "02000000" + "c3a9");
    }

    @Test
    void writesBoolsAsZeroOrOneAndDecimalsAsText() {
        BoolVector b = BoolVector.wrap(new byte[] {0, 5}, 2);
        BinaryVector d = new BinaryVector(TaosType.VARCHAR, 2);
        d.append("123.45");
        d.append("-0.01");
        Stmt2BindTable t = new Stmt2BindTable(null, List.of(),
                List.of(BindColumn.of(b), new BindColumn(TaosType.DECIMAL64, d)));
        Stmt2BindPayload back = Stmt2BindPayload.decode(Stmt2BindEncoder.encodePayload(List.of(t)));
        assertThat(((BoolVector) back.column(0, 0).toVector()).values()).containsExactly(0, 1);
        BindRecord dec = back.column(0, 1);
        assertThat(dec.type()).isEqualTo(TaosType.DECIMAL64);
        assertThat(dec.length(0)).isEqualTo(6);
        assertThat(((BinaryVector) dec.toVector()).getString(1)).isEqualTo("-0.01");
    }

    @Test
    void roundTripsEveryTypeAcrossSeveralNamedTables() {
        List<Stmt2BindTable> tables = List.of(everyType("db.t1", 0), everyType("t2", 3));
        ByteBuffer frame = Stmt2BindEncoder.encodeFrame(77, 5, tables);
        ByteBuffer f = frame.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        assertThat(f.getLong(0)).isEqualTo(77);
        assertThat(f.getLong(8)).isEqualTo(5);
        assertThat(f.getLong(16)).isEqualTo(9);
        assertThat(f.getShort(24)).isEqualTo((short) 1);
        assertThat(f.getInt(26)).isEqualTo(-1);
        Stmt2BindPayload p = Stmt2BindPayload.decode(frame.position(30).slice());
        assertThat(p.tableName(0)).isEqualTo("db.t1");
        assertThat(p.tableName(1)).isEqualTo("t2");
        assertThat(p.tagCount()).isEqualTo(1);
        assertThat(p.columnCount()).isEqualTo(everyType("x", 0).columns().size());
        List<Stmt2BindTable> back = p.toTables();
        for (int t = 0; t < 2; t++) {
            for (int c = 0; c < p.columnCount(); c++) {
                ColumnVector want = tables.get(t).columns().get(c).values();
                ColumnVector got = back.get(t).columns().get(c).values();
                for (int r = 0; r < want.size(); r++) {
                    Object w = want.getObject(r);
                    Object g = got.getObject(r);
                    if (w instanceof byte[] wb) {
                        assertThat((byte[]) g).isEqualTo(wb);
                    } else {
                        assertThat(g).as("table %d column %d row %d", t, c, r).isEqualTo(w);
                    }
                }
            }
        }
        assertThat(Stmt2BindEncoder.encodePayload(back).remaining()).isEqualTo(frame.limit() - 30);
    }

    @Test
    void refusesInconsistentTables() {
        IntVector one = IntVector.wrap(TaosType.INT, new int[] {1}, 1);
        IntVector two = IntVector.wrap(TaosType.INT, new int[] {1, 2}, 2);
        assertThatThrownBy(() -> Stmt2BindEncoder.payloadLength(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stmt2BindEncoder.payloadLength(List.of(table("a", List.of(), one),
                table(null, List.of(), one)))).hasMessageContaining("same shape");
        assertThatThrownBy(() -> Stmt2BindEncoder.payloadLength(List.of(new Stmt2BindTable(null, List.of(),
                List.of(BindColumn.of(one), BindColumn.of(two)))))).hasMessageContaining("differ in rows");
        assertThatThrownBy(() -> Stmt2BindEncoder.payloadLength(List.of(table("a", List.of(BindColumn.of(two)),
                one)))).hasMessageContaining("a tag is one value");
        assertThatThrownBy(() -> new BindColumn(TaosType.BIGINT, one)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stmt2BindEncoder.payloadLength(List.of(table("", List.of(), one))))
                .hasMessageContaining("table name of 0 bytes");
    }

    private static Stmt2BindTable everyType(String name, int seed) {
        int n = 3;
        BinaryVector vc = new BinaryVector(TaosType.VARCHAR, n);
        BinaryVector nc = new BinaryVector(TaosType.NCHAR, n);
        BinaryVector vb = new BinaryVector(TaosType.VARBINARY, n);
        BinaryVector dec = new BinaryVector(TaosType.VARCHAR, n);
        for (int i = 0; i < n; i++) {
            vc.append("v" + (seed + i));
            nc.append("你" + i);
            vb.append(new byte[] {(byte) i, (byte) seed});
            dec.append((seed + i) + ".5");
        }
        LongVector ts = LongVector.wrap(TaosType.TIMESTAMP, new long[] {1000L + seed, 2000L + seed, 3000L}, n);
        ShortVector sh = ShortVector.wrap(TaosType.USMALLINT, new short[] {-1, 2, 3}, n);
        sh.setNull(2);
        DoubleVector d = DoubleVector.wrap(new double[] {1.5, Double.NaN, -0.0}, n);
        BoolVector b = BoolVector.wrap(new byte[] {1, 0, 1}, n);
        b.setNull(0);
        return new Stmt2BindTable(name, List.of(BindColumn.of(IntVector.wrap(TaosType.INT, new int[] {seed}, 1))),
                List.of(BindColumn.of(ts), BindColumn.of(sh), BindColumn.of(d), BindColumn.of(b),
                        BindColumn.of(vc), BindColumn.of(nc), BindColumn.of(vb),
                        new BindColumn(TaosType.DECIMAL, dec)));
    }

    private static Stmt2BindTable table(String name, List<BindColumn> tags, ColumnVector column) {
        return new Stmt2BindTable(name, tags, List.of(BindColumn.of(column)));
    }

    private static String hex(ByteBuffer b) {
        return HEX.formatHex(Stmt2BindCaptureTest.toBytes(b));
    }
}
