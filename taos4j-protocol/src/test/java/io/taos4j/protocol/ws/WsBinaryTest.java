package io.taos4j.protocol.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.block.RawBlock;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Byte-exact binary frames from ws-sql.md and raw-block.md §8, and the adapter's refusals. */
class WsBinaryTest {
    private static final HexFormat HEX = HexFormat.of();

    /** The 99-byte block of raw-block.md §8 (SELECT ts, c1, c2 FROM t, two rows). */
    private static final String BLOCK = "01000000" + "63000000" + "02000000" + "03000000" + "00000080"
            + "0000000000000000" + "0908000000" + "0404000000" + "080c000000" + "10000000" + "08000000" + "09000000"
            + "00" + "0068e5cf8b010000" + "e86be5cf8b010000" + "40" + "2a000000" + "00000000"
            + "00000000" + "04000000" + "02006162" + "030078797a" + "00";

    /** The 55-byte prefix of raw-block.md §8: req_id 0x1122334455667788, result id 1, timing 123456. */
    private static final String DATA_PREFIX = "ffffffffffffffff" + "0700000000000000" + "0100" + "40e2010000000000"
            + "8877665544332211" + "00000000" + "00000000" + "0100000000000000" + "00" + "63000000";

    private static ByteBuffer hex(String hex) {
        return ByteBuffer.wrap(HEX.parseHex(hex.replace(" ", "")));
    }

    private static String hex(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return HEX.formatHex(out);
    }

    private static WsRequestException refused(String frame) {
        WsRequestException e = catchThrowableOfType(WsRequestException.class,
                () -> WsBinary.decodeRequest(hex(frame)));
        assertThat(e).as("refused: %s", frame).isNotNull();
        assertThat(e.code()).isEqualTo(65535);
        assertThat(e.checkedAfterConnection()).isTrue();
        return e;
    }

    @Test
    void fetchRawBlockRequestOfTheWorkedExample() {
        String frame = "8877665544332211" + "0100000000000000" + "0700000000000000" + "0100";
        FetchRawBlockRequest request = new FetchRawBlockRequest(0x1122334455667788L, 1);
        assertThat(hex(WsBinary.encode(request))).isEqualTo(frame);
        assertThat(WsBinary.decodeRequest(hex(frame))).isEqualTo(request);
    }

    @Test
    void fetchRawBlockDataEndAndErrorFramesOfTheWorkedExample() {
        ByteBuffer block = hex(BLOCK);
        assertThat(block.remaining()).isEqualTo(99);
        FetchRawBlockResponse data = FetchRawBlockResponse.data(123456, 0x1122334455667788L, 1, block);
        assertThat(hex(WsBinary.encode(data))).isEqualTo(DATA_PREFIX + BLOCK);
        assertThat(WsBinary.decodeResponse(hex(DATA_PREFIX + BLOCK))).isEqualTo(data);
        // handed out read-only; decoded in place to the same block
        assertThat(data.block().isReadOnly()).isTrue();
        RawBlock raw = data.rawBlock();
        assertThat(raw.length()).isEqualTo(99);
        assertThat(raw.toString()).isEqualTo(RawBlock.decode(data.block()).toString());
        for (int c = 0; c < raw.columnCount(); c++) {
            assertThat(raw.toVector(c).toString()).isEqualTo(RawBlock.decode(data.block()).toVector(c).toString());
        }

        // The same first 50 bytes with byte 0x32 = 01 and nothing after it.
        String end = DATA_PREFIX.substring(0, 100) + "01";
        FetchRawBlockResponse finished = FetchRawBlockResponse.end(123456, 0x1122334455667788L, 1);
        assertThat(hex(WsBinary.encode(finished))).isEqualTo(end);
        assertThat(WsBinary.decodeResponse(hex(end))).isEqualTo(finished);
        assertThat(finished.rawBlock()).isNull();
    }

    @Test
    void headerOnlyEncodingForTheServersHotPath() {
        ByteBuffer out = ByteBuffer.allocate(60).order(ByteOrder.BIG_ENDIAN);
        out.put((byte) 0x55);
        WsBinary.writeFetchRawBlockHeader(out, 123456, 0x1122334455667788L, 1, 99);
        assertThat(out.position()).isEqualTo(1 + WsBinary.FETCH_RAW_BLOCK_HEADER_LENGTH);
        assertThat(out.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(hex(out.flip())).isEqualTo("55" + DATA_PREFIX);
        assertThatThrownBy(() -> WsBinary.writeFetchRawBlockHeader(ByteBuffer.allocate(54), 0, 0, 0, 0))
                .isInstanceOf(java.nio.BufferOverflowException.class);
    }

    @Test
    void errorFrameForUnknownResultId999() {
        String frame = "ffffffffffffffff 0700000000000000 0100 4747000000000000 1400000000000000"
                + "ffff0000 0d000000 726573756c74206973206e696c e703000000000000 01";
        FetchRawBlockResponse error = FetchRawBlockResponse.error(0x4747, 20, 65535, "result is nil", 999);
        assertThat(hex(WsBinary.encode(error))).isEqualTo(frame.replace(" ", ""));
        assertThat(hex(WsBinary.encode(error))).hasSize(128);
        assertThat(WsBinary.decodeResponse(hex(frame))).isEqualTo(error);
    }

    @Test
    void fetchRawBlockRefusalsAreBinaryFramesWithTheResultId() {
        WsRequestException e = refused("1500000000000000 0100000000000000 0700000000000000 0200");
        assertThat(e.getMessage()).isEqualTo("unknown fetch raw block version");
        assertThat(e.reply()).isEqualTo(WsRequestException.Reply.FETCH_RAW_BLOCK);
        assertThat(e.action()).isEqualTo("fetch_raw_block");
        assertThat(hex(WsBinary.encode(e.toFetchRawBlockResponse(0x2cd8)))).isEqualTo("ffffffffffffffff"
                + "0700000000000000" + "0100" + "d82c000000000000" + "1500000000000000" + "ffff0000" + "1f000000"
                + HEX.formatHex("unknown fetch raw block version".getBytes(StandardCharsets.US_ASCII))
                + "0100000000000000" + "01");
        assertThat(refused("1600000000000000 0100000000000000 0700000000000000 01").getMessage())
                .isEqualTo("message length is too short");
        assertThatThrownBy(() -> e.toErrorResponse(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void binaryQueryRoundTripAndRefusals() {
        String frame = "0500000000000000 0000000000000000 0600000000000000 0100 08000000 73656c6563742031";
        BinaryQueryRequest request = new BinaryQueryRequest(5, "select 1");
        assertThat(hex(WsBinary.encode(request))).isEqualTo(frame.replace(" ", ""));
        assertThat(WsBinary.decodeRequest(hex(frame))).isEqualTo(request);

        WsRequestException e = refused("1200000000000000 0000000000000000 0600000000000000 0100");
        assertThat(e.getMessage()).isEqualTo("message length is too short");
        assertThat(e.action()).isEqualTo("binary_query");
        assertThat(e.reqId()).isEqualTo(18);
        assertThat(WsJson.encode(e.toErrorResponse(2967))).isEqualTo("{\"code\":65535,\"message\":"
                + "\"message length is too short\",\"action\":\"binary_query\",\"req_id\":18,\"timing\":2967}");

        e = refused("1300000000000000 0000000000000000 0600000000000000 0100 64000000 73656c6563742031");
        assertThat(e.getMessage()).isEqualTo("uncompleted message, sql length:100, remainMessageLength:8");
        assertThat(e.reqId()).isEqualTo(19);

        e = refused("1100000000000000 0000000000000000 0600000000000000 0200 08000000 73656c6563742031");
        assertThat(e.getMessage()).isEqualTo("unknown binary query version:2");
        assertThat(e.reqId()).isEqualTo(17);
        assertThat(e.reply()).isEqualTo(WsRequestException.Reply.JSON);
    }

    @Test
    void validateSqlUsesTheBinaryQueryLayout() {
        String frame = "3200000000000000 0000000000000000 0a00000000000000 0100 07000000 73656c65632031";
        assertThat(WsBinary.decodeRequest(hex(frame))).isEqualTo(new ValidateSqlRequest(50, "selec 1"));
        assertThat(hex(WsBinary.encode(new ValidateSqlRequest(50, "selec 1")))).isEqualTo(frame.replace(" ", ""));
        assertThat(refused("3300000000000000 0000000000000000 0a00000000000000 0300 01000000 31").getMessage())
                .isEqualTo("unknown binary query version:3");
    }

    @Test
    void unknownBinaryActionsAndFramesShorterThanTheHeader() {
        WsRequestException e = refused("1000000000000000 0000000000000000 6300000000000000 0100");
        assertThat(e.getMessage()).isEqualTo("unknown binary action 99");
        assertThat(e.action()).isEqualTo("unknown");
        assertThat(e.reqId()).isEqualTo(16);
        assertThat(refused("1000000000000000 0000000000000000 ffffffffffffffff").getMessage())
                .isEqualTo("unknown binary action 18446744073709551615");
        assertThat(refused("0800000000000000 0000000000000000 0000000000000000").getMessage())
                .isEqualTo("unknown binary action 0");
        e = refused("0900000000000000 0000");
        assertThat(e.getMessage()).isEqualTo("message length is too short");
        assertThat(e.action()).isEqualTo("unknown");
        assertThat(e.reqId()).isEqualTo(9);
    }

    @Test
    void stmt2BindOfTheWorkedExampleKeepsThePayloadOpaque() {
        String payload = "7f000000 01000000 01000000 02000000 1c000000 21000000 3b000000 0300 643100 16000000"
                + "16000000 04000000 01000000 00 00 04000000 07000000 40000000 23000000 09000000 02000000 0000 00"
                + "10000000 0068e5cf8b010000e86be5cf8b010000 1d000000 08000000 02000000 0001 01 0200000000000000"
                + "02000000 6162";
        String frame = "0807060504030201 0100000000000000 0900000000000000 0100 ffffffff " + payload;
        assertThat(hex(frame).remaining()).isEqualTo(157);
        WsBinaryRequest decoded = WsBinary.decodeRequest(hex(frame));
        assertThat(decoded).isEqualTo(new Stmt2BindRequest(0x0102030405060708L, 1, -1, hex(payload)));
        Stmt2BindRequest bind = (Stmt2BindRequest) decoded;
        assertThat(bind.payload().getInt(0)).isEqualTo(127);
        assertThat(bind.payload().isReadOnly()).isTrue();
        assertThat(hex(WsBinary.encode(decoded))).isEqualTo(frame.replace(" ", ""));

        WsRequestException e = refused("0807060504030201 0a00000000000000 0900000000000000 0200 ffffffff " + payload);
        assertThat(e.getMessage()).isEqualTo("unknown stmt2 bind version");
        assertThat(e.reply()).isEqualTo(WsRequestException.Reply.JSON_WITH_STMT_ID);
        assertThat(WsJson.encode(e.toErrorResponse(45287))).isEqualTo("{\"code\":65535,\"message\":"
                + "\"unknown stmt2 bind version\",\"action\":\"stmt2_bind\",\"req_id\":72623859790382856,"
                + "\"timing\":45287,\"stmt_id\":10}");
        assertThat(refused("0100000000000000 0a00000000000000 0900000000000000 0100 ffff").getMessage())
                .isEqualTo("message length is too short");
    }

    @Test
    void stmt2BindExecAndClassicStmtFrames() {
        Stmt2BindExecRequest exec = new Stmt2BindExecRequest(7, 3, hex("1400000001000000"));
        String execFrame = "0700000000000000 0300000000000000 0b00000000000000 0100 1400000001000000";
        assertThat(hex(WsBinary.encode(exec))).isEqualTo(execFrame.replace(" ", ""));
        assertThat(WsBinary.decodeRequest(hex(execFrame))).isEqualTo(exec);
        assertThat(refused("0700000000000000 0300000000000000 0b00000000000000 0200").getMessage())
                .isEqualTo("unknown stmt2 bind exec version");

        StmtSetTagsRequest tags = new StmtSetTagsRequest(1, 2, hex(BLOCK));
        String tagsFrame = "0100000000000000 0200000000000000 0100000000000000 " + BLOCK;
        assertThat(hex(WsBinary.encode(tags))).isEqualTo(tagsFrame.replace(" ", ""));
        assertThat(WsBinary.decodeRequest(hex(tagsFrame))).isEqualTo(tags);
        StmtBindRequest bind = new StmtBindRequest(1, 2, hex(BLOCK));
        assertThat(WsBinary.decodeRequest(WsBinary.encode(bind))).isEqualTo(bind);
    }

    @Test
    void rawWritesRoundTripAndTruncationIsRefused() {
        WriteRawRequest raw = new WriteRawRequest(1, 0, 2, hex("aabbcc"));
        String rawFrame = "0100000000000000 0000000000000000 0300000000000000 03000000 0200 aabbcc";
        assertThat(hex(WsBinary.encode(raw))).isEqualTo(rawFrame.replace(" ", ""));
        assertThat(WsBinary.decodeRequest(hex(rawFrame))).isEqualTo(raw);
        assertThat(refused("0100000000000000 0000000000000000 0300000000000000 04000000 0200 aabbcc").getMessage())
                .isEqualTo("message length is too short");

        WriteRawBlockRequest block = new WriteRawBlockRequest(4, 4, 2, "t", hex(BLOCK));
        String blockFrame = "0400000000000000 0400000000000000 0400000000000000 02000000 0100 74 " + BLOCK;
        assertThat(hex(WsBinary.encode(block))).isEqualTo(blockFrame.replace(" ", ""));
        assertThat(WsBinary.decodeRequest(hex(blockFrame))).isEqualTo(block);

        String field = "63" + "00".repeat(64) + "09" + "0000" + "08000000";
        WriteRawBlockWithFieldsRequest withFields = new WriteRawBlockWithFieldsRequest(5, 5, 2, "t", hex(BLOCK),
                hex(field));
        ByteBuffer encoded = WsBinary.encode(withFields);
        assertThat(encoded.remaining()).isEqualTo(30 + 1 + 99 + 72);
        assertThat(WsBinary.decodeRequest(encoded)).isEqualTo(withFields);
        assertThat(refused("0500000000000000 0500000000000000 0500000000000000 02000000 0100 74 01000000 ff000000")
                .getMessage()).isEqualTo("message length is too short");
        assertThat(refused("0400000000000000 0400000000000000 0400000000000000 02000000 0900 74").action())
                .isEqualTo("write_raw_block");
    }

    @Test
    void decodingDoesNotMoveTheFramePosition() {
        ByteBuffer frame = hex("ff8877665544332211 0100000000000000 0700000000000000 0100");
        frame.position(1);
        assertThat(WsBinary.decodeRequest(frame)).isEqualTo(new FetchRawBlockRequest(0x1122334455667788L, 1));
        assertThat(frame.position()).isEqualTo(1);
    }

    @Test
    void fetchBlockReplyOfTheOldProtocol() {
        FetchBlockResponse reply = new FetchBlockResponse(0x86b1, 1, hex(BLOCK));
        String frame = "b186000000000000 0100000000000000 " + BLOCK;
        assertThat(hex(WsBinary.encode(reply))).isEqualTo(frame.replace(" ", ""));
        assertThat(WsBinary.decodeResponse(hex(frame))).isEqualTo(reply);
    }

    @Test
    void malformedBinaryRepliesAreProtocolErrors() {
        String end = DATA_PREFIX.substring(0, 100) + "01";
        for (String bad : new String[] {
            "b1860000", // shorter than a fetch_block header
            end.substring(0, end.length() - 2), // no finished flag
            end + "00", // a byte after the end
            DATA_PREFIX.substring(0, 100) + "02", // bad finished flag
            DATA_PREFIX + BLOCK.substring(2), // block shorter than its length
            DATA_PREFIX + BLOCK + "00", // byte after the block
            DATA_PREFIX.substring(0, 16) + "06" + DATA_PREFIX.substring(18) + BLOCK, // action 6
            DATA_PREFIX.substring(0, 32) + "02" + DATA_PREFIX.substring(34) + BLOCK, // version 2
            DATA_PREFIX.substring(0, 68) + "ffff0000" + DATA_PREFIX.substring(76) + BLOCK, // data with a code
            "ffffffffffffffff 0700000000000000 0100 4747000000000000 1400000000000000 ffff0000 ffffff7f 00"}) {
            assertThatThrownBy(() -> WsBinary.decodeResponse(hex(bad))).as(bad).isInstanceOf(ProtocolException.class);
        }
    }

    @Test
    void hostileInputOnlyEverGivesTheCodecsOwnExceptions() {
        Random random = new Random(42);
        byte[] valid = HEX.parseHex(DATA_PREFIX + BLOCK);
        for (int i = 0; i < 20_000; i++) {
            byte[] frame = new byte[random.nextInt(64)];
            random.nextBytes(frame);
            if (frame.length >= 24 && random.nextBoolean()) {
                frame[16] = (byte) random.nextInt(13);
                java.util.Arrays.fill(frame, 17, 24, (byte) 0);
            }
            try {
                WsBinary.decodeRequest(ByteBuffer.wrap(frame));
            } catch (WsRequestException expected) {
                // fine
            }
            byte[] reply = java.util.Arrays.copyOf(valid, random.nextInt(valid.length + 1));
            if (reply.length > 0) {
                reply[random.nextInt(reply.length)] ^= (byte) (1 << random.nextInt(8));
            }
            try {
                WsBinary.decodeResponse(ByteBuffer.wrap(reply));
            } catch (ProtocolException expected) {
                // fine
            }
            String text = new String(frame, StandardCharsets.ISO_8859_1);
            for (String candidate : new String[] {text, "{\"action\":\"query\",\"args\":" + text + "}"}) {
                try {
                    WsJson.decodeRequest(candidate);
                } catch (WsRequestException expected) {
                    // fine
                }
                try {
                    WsJson.decodeResponse(candidate);
                } catch (ProtocolException expected) {
                    // fine
                }
            }
        }
    }
}
