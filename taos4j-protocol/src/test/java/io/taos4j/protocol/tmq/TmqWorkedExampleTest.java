package io.taos4j.protocol.tmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.protocol.ProtocolException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tmq.md §5.4 worked example built from records, byte for byte; plus the §1.2/§5.2 error frames. */
class TmqWorkedExampleTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String RAW_BLOCK = "0200000049000000020000000200000000000080" + "0000000000000000"
            + "0908000000" + "0404000000" + "1000000008000000" + "00" + "0068e5cf8b010000" + "e86be5cf8b010000"
            + "40" + "2a000000" + "00000000" + "00";
    private static final String FRAME = "ffffffffffffffff" + "0800000000000000" + "0100" + "4f15020000000000"
            + "0300000000000000" + "00000000" + "00000000" + "0100000000000000" + "0200" + "99000000"
            + "64" + "12000000" + "110000000000000000" + "110600000000000000" + "01000000" + "01" + "01" + "5b"
            + "0100000000000000" + "0000000000000002" + "00" + "00" + RAW_BLOCK
            + "04" + "00" + "0901100203747300" + "04010804027600" + "06643130303100" + "0000000000000000";

    @Test
    void workedExampleEncodesByteForByte() {
        TmqDataPayload payload = new TmqDataPayload(0, 6, true, true, List.of(new TmqDataPayload.Block(2, 0,
                ByteBuffer.wrap(HEX.parseHex(RAW_BLOCK)), 0,
                List.of(new TmqDataPayload.SchemaColumn(9, 1, 8, 1, "ts"),
                        new TmqDataPayload.SchemaColumn(4, 1, 4, 2, "v")), "d1001")), 0, null);
        ByteBuffer raw = TmqPayloadCodec.encode(payload);
        ByteBuffer frame = TmqBinary.encode(FetchRawDataResponse.data(136527, 3, 1, payload.metaType(), raw));
        assertThat(HEX.formatHex(bytes(frame))).isEqualTo(FRAME);
        assertThat(frame.remaining()).isEqualTo(209);

        FetchRawDataResponse back = TmqBinary.decodeFetchRawData(ByteBuffer.wrap(HEX.parseHex(FRAME)));
        assertThat(back.reqId()).isEqualTo(3);
        TmqDataPayload decoded = TmqPayloadCodec.decode(back.metaType(), back.raw());
        assertThat(decoded.reqOffset()).isZero();
        assertThat(decoded.rspOffset()).isEqualTo(6);
        assertThat(decoded.rows()).isEqualTo(2);
        assertThat(decoded.blocks().get(0).tableName()).isEqualTo("d1001");
        assertThat(decoded.blocks().get(0).schema()).extracting(TmqDataPayload.SchemaColumn::name)
                .containsExactly("ts", "v");
    }

    @Test
    void errorFramesAsTheAdapterWritesThem() {
        ByteBuffer notInit = TmqBinary.encode(FetchRawDataResponse.error(0, 8, 0xFFFF, "tmq not init", 1, false));
        assertThat(notInit.remaining()).isEqualTo(62);
        assertThat(notInit.getLong(FetchRawDataResponse.REQ_ID_OFFSET)).isEqualTo(8);
        ByteBuffer padded = TmqBinary.encode(FetchRawDataResponse.error(0, 8, 0xFFFF, "tmq not init", 1, true));
        assertThat(padded.remaining()).isEqualTo(68);
        assertThat(TmqBinary.decodeFetchRawData(padded).errorTail()).isTrue();
        assertThat(TmqBinary.decodeFetchRawData(notInit).message()).isEqualTo("tmq not init");
    }

    @Test
    void truncatedInputIsAProtocolError() {
        byte[] whole = HEX.parseHex(FRAME);
        for (int cut = 0; cut < whole.length - 8; cut++) {
            ByteBuffer part = ByteBuffer.wrap(whole, 0, cut).slice();
            assertThatThrownBy(() -> {
                FetchRawDataResponse r = TmqBinary.decodeFetchRawData(part);
                TmqPayloadCodec.decode(r.metaType(), r.raw());
            }).isInstanceOf(ProtocolException.class);
        }
        assertThatThrownBy(() -> TmqJson.decodeRequest("{bad json")).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> TmqJson.decodeRequest("{\"action\":\"poll\",\"args\":{\"req_id\":\"x\"}}"))
                .isInstanceOf(ProtocolException.class);
        assertThat(TmqJson.decodeRequest("{\"action\":\"nosuch\",\"args\":{\"req_id\":7}}"))
                .isEqualTo(new TmqRequest.Unknown("nosuch", 7));
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }
}
