package io.taos4j.protocol.stmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Truncated, corrupted and hand-crafted hostile payloads: decoding either succeeds with records that can be read
 * safely, or fails with a {@link ProtocolException}; never an index error.
 */
class Stmt2BindHostileInputTest {

    @Test
    void everyTruncationOfEveryRecordedPayloadIsAProtocolError() throws Exception {
        for (Stmt2Captures.Frame f : Stmt2Captures.bindFrames()) {
            byte[] payload = Stmt2BindCaptureTest.toBytes(f.payload());
            for (int cut = 0; cut < payload.length; cut++) {
                ByteBuffer truncated = ByteBuffer.wrap(payload, 0, cut).slice();
                assertThatThrownBy(() -> Stmt2BindPayload.decode(truncated)).as(f + " cut at " + cut)
                        .isInstanceOf(ProtocolException.class);
            }
            // the same truncation with total_length patched to match: the inner checks must catch it
            for (int cut = Stmt2BindPayload.HEADER_LENGTH; cut < payload.length; cut += 3) {
                byte[] copy = java.util.Arrays.copyOf(payload, cut);
                ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(0, cut);
                decodeOrRefuse(copy);
            }
        }
    }

    @Test
    void randomCorruptionNeverEscapesAsAnotherException() throws Exception {
        Random random = new Random(20260101);
        List<Stmt2Captures.Frame> frames = Stmt2Captures.bindFrames();
        for (Stmt2Captures.Frame f : frames) {
            byte[] payload = Stmt2BindCaptureTest.toBytes(f.payload());
            for (int round = 0; round < 400; round++) {
                byte[] copy = payload.clone();
                int flips = 1 + random.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    int at = random.nextInt(copy.length);
                    copy[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : copy[at] ^ 0x80);
                }
                decodeOrRefuse(copy);
            }
        }
    }

    @Test
    void refusesLengthsThatPointOutside() {
        assertThatThrownBy(() -> Stmt2BindPayload.decode(ByteBuffer.allocate(27)))
                .isInstanceOf(ProtocolException.class).hasMessage("data length is less than 28");
        ByteBuffer b = header(28, 1, 0, 1, 0, 0, 0);
        assertThat(Stmt2BindPayload.decode(b).columnCount()).isZero();
        assertThatThrownBy(() -> Stmt2BindPayload.decode(header(28, 1, 0, 0, 0, 28, 0)))
                .hasMessage("tag count is 0, but tags offset is not 0");
        assertThatThrownBy(() -> Stmt2BindPayload.decode(header(28, 1, 0, 0, 0, 0, 28)))
                .hasMessage("col count is 0, but cols offset is not 0");
        assertThatThrownBy(() -> Stmt2BindPayload.decode(header(28, 1, 0, 1, 0, 0, 28)))
                .hasMessage("cols out of range, total length: 28, colEnd: 32");
        assertThatThrownBy(() -> Stmt2BindPayload.decode(header(28, 1, 0, 0, 28, 0, 0)))
                .hasMessage("table name lengths out of range, total length: 28, tableNamesLengthEnd: 30");
        assertThatThrownBy(() -> Stmt2BindPayload.decode(header(28, 0x7FFFFFFF, 0, 1, 0, 0, 28)))
                .isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> Stmt2BindPayload.decode(header(28, -1, 0, 1, 0, 0, 28)))
                .isInstanceOf(ProtocolException.class);
    }

    @Test
    void refusesARecordWhoseLengthsDisagree() {
        // one table, one INT column of 1 row: record = 4+4+4 + 1 + 1 + 4 + 4 = 22 bytes
        ByteBuffer b = ByteBuffer.allocate(28 + 4 + 22).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(54).putInt(1).putInt(0).putInt(1).putInt(0).putInt(0).putInt(28);
        b.putInt(22).putInt(22).putInt(4).putInt(1).put((byte) 0).put((byte) 0).putInt(4).putInt(42);
        assertThat(Stmt2BindPayload.decode(b.flip()).column(0, 0).rows()).isEqualTo(1);
        ByteBuffer shortBuffer = copy(b);
        shortBuffer.putInt(28 + 4 + 14, 2); // buffer_length 2 for an INT
        assertThatThrownBy(() -> Stmt2BindPayload.decode(shortBuffer))
                .hasMessage("bind data length error, tableIndex: 0, fieldIndex: 0");
        ByteBuffer manyRows = copy(b);
        manyRows.putInt(28 + 4 + 8, 1_000_000);
        assertThatThrownBy(() -> Stmt2BindPayload.decode(manyRows))
                .hasMessage("bind data length error, tableIndex: 0, fieldIndex: 0");
        ByteBuffer badType = copy(b);
        badType.putInt(28 + 4 + 4, 99);
        assertThatThrownBy(() -> Stmt2BindPayload.decode(badType))
                .hasMessage("unknown buffer_type 99, tableIndex: 0, fieldIndex: 0");
    }

    private static ByteBuffer copy(ByteBuffer b) {
        return ByteBuffer.wrap(b.array().clone()).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer header(int total, int count, int tags, int cols, int namesAt, int tagsAt, int colsAt) {
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(total).putInt(count).putInt(tags).putInt(cols).putInt(namesAt).putInt(tagsAt).putInt(colsAt);
        return b.position(0);
    }

    /** Decodes and reads every value; only a ProtocolException may come out. */
    private static void decodeOrRefuse(byte[] bytes) {
        Stmt2BindPayload p;
        try {
            p = Stmt2BindPayload.decode(ByteBuffer.wrap(bytes));
        } catch (ProtocolException expected) {
            return;
        }
        for (int t = 0; t < p.tableCount(); t++) {
            p.tableName(t);
            for (int i = 0; i < p.tagCount(); i++) {
                p.tag(t, i).toVector();
            }
            for (int i = 0; i < p.columnCount(); i++) {
                p.column(t, i).toVector();
            }
        }
        Stmt2BindEncoder.encodePayload(p.toTables());
    }
}
