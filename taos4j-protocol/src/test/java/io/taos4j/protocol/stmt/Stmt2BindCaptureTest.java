package io.taos4j.protocol.stmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.FloatVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.ws.Stmt2BindRequest;
import io.taos4j.protocol.ws.WsBinary;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@code stmt2_bind} payload the official JDBC driver and the hand-made client sent to a real TDengine
 * decodes, and encoding the decoded tables again gives the recorded bytes, frame header included.
 */
class Stmt2BindCaptureTest {

    @Test
    void everyRecordedBindDecodesAndReencodesToTheSameBytes() throws Exception {
        List<Stmt2Captures.Frame> frames = Stmt2Captures.bindFrames();
        assertThat(frames).hasSizeGreaterThanOrEqualTo(9);
        int wellFormed = 0;
        for (Stmt2Captures.Frame f : frames) {
            ByteBuffer frame = ByteBuffer.wrap(f.bytes());
            if (frame.order(ByteOrder.LITTLE_ENDIAN).getShort(24) != 1) {
                continue; // the version-2 probe of live-ws-stmt2
            }
            Stmt2BindRequest request = (Stmt2BindRequest) WsBinary.decodeRequest(frame);
            Stmt2BindPayload payload;
            try {
                payload = Stmt2BindPayload.decode(request.payload());
            } catch (ProtocolException e) {
                // the one deliberately corrupted probe: the adapter answered with exactly this text
                assertThat(e.getMessage()).as(f.toString()).isEqualTo("total length not match, expect 127, but get 126");
                continue;
            }
            List<Stmt2BindTable> tables = payload.toTables();
            ByteBuffer again = Stmt2BindEncoder.encodePayload(tables);
            assertThat(toBytes(again)).as(f.toString()).isEqualTo(toBytes(request.payload()));
            ByteBuffer wholeFrame = ByteBuffer.allocate(f.bytes().length);
            Stmt2BindEncoder.writeFrame(wholeFrame, request.reqId(), request.stmtId(), request.colIdx(), tables,
                    again.remaining());
            assertThat(wholeFrame.array()).as(f.toString()).isEqualTo(f.bytes());
            wellFormed++;
        }
        assertThat(wellFormed).isGreaterThanOrEqualTo(7);
    }

    @Test
    void readsTheValuesJdbcSentForASuperTableBatch() throws Exception {
        // jdbc-3.7.9-stmt: INSERT INTO ? USING probe_db.pmeters TAGS(?, ?) VALUES(?, ?, ?, ?), two tables
        Stmt2Captures.Frame f = Stmt2Captures.bindFrames().get(1);
        Stmt2BindPayload p = Stmt2BindPayload.decode(f.payload());
        assertThat(p.tableCount()).isEqualTo(2);
        assertThat(p.tagCount()).isEqualTo(2);
        assertThat(p.columnCount()).isEqualTo(4);
        assertThat(p.tableName(0)).isEqualTo("probe_db.dph0");
        assertThat(p.tableName(1)).isEqualTo("probe_db.dph1");
        BindRecord location = p.tag(0, 0);
        assertThat(location.type()).isEqualTo(TaosType.VARCHAR);
        assertThat(((BinaryVector) location.toVector()).getString(0)).isEqualTo("Ph.City");
        assertThat(((IntVector) p.tag(1, 1).toVector()).get(0)).isEqualTo(1);
        BindRecord ts = p.column(0, 0);
        assertThat(ts.type()).isEqualTo(TaosType.TIMESTAMP);
        assertThat(ts.rows()).isEqualTo(5);
        LongVector tsv = (LongVector) ts.toVector();
        assertThat(tsv.get(1) - tsv.get(0)).isEqualTo(2);
        assertThat(((FloatVector) p.column(0, 1).toVector()).get(0)).isEqualTo(1.0f);
    }

    @Test
    void readsNullsOfTheColumnWiseExtension() throws Exception {
        // jdbc-3.7.9-stmtext: three tables of 100 rows; phase is NULL on every even row
        Stmt2Captures.Frame f = Stmt2Captures.bindFrames().stream()
                .filter(x -> x.source().startsWith("jdbc-3.7.9-stmtext")).findFirst().orElseThrow();
        Stmt2BindPayload p = Stmt2BindPayload.decode(f.payload());
        assertThat(p.tableCount()).isEqualTo(3);
        BindRecord phase = p.column(0, 3);
        assertThat(phase.rows()).isEqualTo(100);
        assertThat(phase.nullCount()).isEqualTo(50);
        FloatVector v = (FloatVector) phase.toVector();
        assertThat(v.isNull(0)).isTrue();
        assertThat(v.isNull(1)).isFalse();
        assertThat(v.get(1)).isEqualTo(0.5f);
        assertThat(v.nullCount()).isEqualTo(50);
    }

    @Test
    void theWorkedExampleOfTheProtocolPageIsWhatTheLiveServerAccepted() throws Exception {
        Stmt2Captures.Frame f = Stmt2Captures.bindFrames().stream()
                .filter(x -> x.source().startsWith("live-ws-stmt2")).findFirst().orElseThrow();
        assertThat(f.bytes()).hasSize(157);
        Stmt2BindPayload p = Stmt2BindPayload.decode(f.payload());
        assertThat(p.tableName(0)).isEqualTo("d1");
        assertThat(((IntVector) p.tag(0, 0).toVector()).get(0)).isEqualTo(7);
        LongVector ts = (LongVector) p.column(0, 0).toVector();
        assertThat(ts.get(0)).isEqualTo(1_700_000_000_000L);
        assertThat(ts.get(1)).isEqualTo(1_700_000_001_000L);
        BinaryVector v = (BinaryVector) p.column(0, 1).toVector();
        assertThat(v.getString(0)).isEqualTo("ab");
        assertThat(v.isNull(1)).isTrue();
        // the same frame built from values, by hand
        BinaryVector text = new BinaryVector(TaosType.VARCHAR, 2);
        text.append("ab");
        text.appendNull();
        IntVector tag = new IntVector(TaosType.INT, 1);
        tag.append(7);
        Stmt2BindTable table = new Stmt2BindTable("d1", List.of(BindColumn.of(tag)),
                List.of(BindColumn.of(LongVector.wrap(TaosType.TIMESTAMP,
                        new long[] {1_700_000_000_000L, 1_700_000_001_000L}, 2)), BindColumn.of(text)));
        ByteBuffer built = Stmt2BindEncoder.encodeFrame(0x0102030405060708L, 1, List.of(table));
        byte[] expected = f.bytes().clone();
        ByteBuffer.wrap(expected).order(ByteOrder.LITTLE_ENDIAN).putLong(8, 1); // the recording used stmt_id 10
        assertThat(toBytes(built)).isEqualTo(expected);
    }

    @Test
    void theTruncatedProbeGetsTheAdaptersText() throws Exception {
        Stmt2Captures.Frame f = Stmt2Captures.bindFrames().stream()
                .filter(x -> x.source().startsWith("live-ws-stmt2") && x.bytes()[30] == 0x7e).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> Stmt2BindPayload.decode(f.payload())).isInstanceOf(ProtocolException.class)
                .hasMessage("total length not match, expect 127, but get 126");
    }

    static byte[] toBytes(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }
}
