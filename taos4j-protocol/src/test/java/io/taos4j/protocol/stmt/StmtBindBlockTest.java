package io.taos4j.protocol.stmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.block.ColumnSchema;
import io.taos4j.protocol.column.BinaryVector;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.protocol.ws.StmtBindRequest;
import io.taos4j.protocol.ws.StmtSetTagsRequest;
import io.taos4j.protocol.ws.WsBinary;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classic statement's binary {@code set_tags} and {@code bind} frames (ws-sql.md §8.2), byte for byte. */
class StmtBindBlockTest {

    @Test
    void setTagsFrameIsTheHeaderThenAOneRowBlock() {
        IntVector group = IntVector.wrap(TaosType.INT, new int[] {7}, 1);
        BinaryVector location = new BinaryVector(TaosType.NCHAR, 1);
        location.append("nç");
        StmtSetTagsRequest r = StmtBindBlock.setTags(0x11, 3, List.of(ColumnSchema.of(TaosType.INT),
                ColumnSchema.nchar(4)), List.of(group, location));
        String hex = HexFormat.of().formatHex(Stmt2BindCaptureTest.toBytes(WsBinary.encode(r)));
        assertThat(hex).isEqualTo("1100000000000000" + "0300000000000000" + "0100000000000000"
                // block: version 1, length 66, 1 row, 2 cols, flag, group id
                + "01000000" + "42000000" + "01000000" + "02000000" + "00000080" + "0000000000000000"
                + "0404000000" + "0a12000000" // schema: INT 4, NCHAR 4*4+2
                + "04000000" + "0a000000" // data lengths: 4, 2 + 8
                + "00" + "07000000" // INT: bitmap, value
                + "00000000" + "0800" + "6e000000e7000000" // NCHAR: offset 0, len 8, UCS-4LE
                + "00");
        List<ColumnVector> back = StmtBindBlock.columns(r.block());
        assertThat(((BinaryVector) back.get(1)).getString(0)).isEqualTo("nç");
    }

    @Test
    void bindFrameCarriesEveryRowAndRoundTrips() {
        LongVector ts = LongVector.wrap(TaosType.TIMESTAMP, new long[] {1_700_000_000_000L, 1_700_000_001_000L}, 2);
        IntVector v = IntVector.wrap(TaosType.INT, new int[] {42, 0}, 2);
        v.setNull(1);
        StmtBindRequest r = StmtBindBlock.bind(9, 2, List.of(ColumnSchema.of(TaosType.TIMESTAMP),
                ColumnSchema.of(TaosType.INT)), List.of(ts, v));
        StmtBindRequest decoded = (StmtBindRequest) WsBinary.decodeRequest(WsBinary.encode(r));
        assertThat(decoded.stmtId()).isEqualTo(2);
        List<ColumnVector> cols = StmtBindBlock.columns(decoded.block());
        assertThat(((LongVector) cols.get(0)).get(1)).isEqualTo(1_700_000_001_000L);
        assertThat(cols.get(1).isNull(1)).isTrue();
        assertThat(((IntVector) cols.get(1)).get(0)).isEqualTo(42);
    }

    @Test
    void refusesBadInput() {
        IntVector two = IntVector.wrap(TaosType.INT, new int[] {1, 2}, 2);
        assertThatThrownBy(() -> StmtBindBlock.setTags(1, 1, List.of(ColumnSchema.of(TaosType.INT)), List.of(two)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StmtBindBlock.columns(ByteBuffer.wrap(new byte[] {1, 0, 0, 0, 99})))
                .isInstanceOf(ProtocolException.class);
    }
}
