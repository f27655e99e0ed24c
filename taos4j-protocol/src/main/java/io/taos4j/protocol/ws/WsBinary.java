package io.taos4j.protocol.ws;

import io.taos4j.protocol.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The binary-frame codec of {@code /ws} (ws-sql.md §2.4, §2.5, §4.2, §5.1, §5.4, §5.5, §7, §8.2, §9.4, §9.8).
 * All integers are little-endian. Encoders return a new heap buffer positioned at 0 whose limit is the frame length;
 * decoders read the frame's remaining bytes without moving its position and return records whose payloads share the
 * frame's memory. All methods are static and thread-safe.
 */
public final class WsBinary {
    /** Bytes of a {@code fetch_raw_block} data frame before the block. */
    public static final int FETCH_RAW_BLOCK_HEADER_LENGTH = FetchRawBlockResponse.DATA_HEADER_LENGTH;

    private static final long MARKER = 0xFFFF_FFFF_FFFF_FFFFL;
    /** Marker, action, version, timing, req_id, code and msg_len: the bytes before the message. */
    private static final int PREFIX = 42;

    private WsBinary() {
    }

    /** Encodes a binary request frame. */
    public static ByteBuffer encode(WsBinaryRequest request) {
        return BinaryRequestCodec.encode(request);
    }

    /**
     * Decodes a binary request frame with taosAdapter's checks and texts, for the server: e.g.
     * {@code message length is too short}, {@code uncompleted message, sql length:N, remainMessageLength:M},
     * {@code unknown binary query version:N}, {@code unknown fetch raw block version},
     * {@code unknown stmt2 bind version}, {@code unknown binary action N} (action {@code "unknown"}).
     *
     * @throws WsRequestException for every refused frame, carrying the action name, the frame's req_id and the
     *     shape of the reply; never any other exception for any input
     */
    public static WsBinaryRequest decodeRequest(ByteBuffer frame) {
        return BinaryRequestCodec.decode(frame);
    }

    /** Encodes a {@code fetch_raw_block} reply or a {@code fetch_block} reply. */
    public static ByteBuffer encode(WsBinaryResponse response) {
        if (response instanceof FetchBlockResponse f) {
            ByteBuffer block = f.block();
            return ByteBuffer.allocate(FetchBlockResponse.HEADER_LENGTH + block.remaining())
                    .order(ByteOrder.LITTLE_ENDIAN).putLong(f.timing()).putLong(f.resultId()).put(block).flip();
        }
        FetchRawBlockResponse r = (FetchRawBlockResponse) response;
        if (!r.finished()) {
            ByteBuffer block = r.block();
            ByteBuffer out = ByteBuffer.allocate(FETCH_RAW_BLOCK_HEADER_LENGTH + block.remaining());
            writeFetchRawBlockHeader(out, r.timing(), r.reqId(), r.resultId(), block.remaining());
            return out.put(block).flip();
        }
        byte[] message = r.message().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(PREFIX + message.length + 9).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(MARKER).putLong(FetchRawBlockResponse.ACTION_CODE).putShort((short) 1)
                .putLong(r.timing()).putLong(r.reqId()).putInt(r.code()).putInt(message.length).put(message)
                .putLong(r.resultId()).put((byte) 1).flip();
    }

    /**
     * Writes the 55-byte prefix of a {@code fetch_raw_block} data frame at {@code out}'s position (advancing it),
     * so that the server can put the raw block right behind it without copying it into a record. Writes
     * little-endian whatever {@code out}'s byte order, which it leaves unchanged.
     *
     * @throws java.nio.BufferOverflowException if fewer than 55 bytes remain in {@code out}
     * @throws IllegalArgumentException if {@code blockLength} is negative
     */
    public static void writeFetchRawBlockHeader(ByteBuffer out, long timing, long reqId, long resultId,
            int blockLength) {
        if (blockLength < 0) {
            throw new IllegalArgumentException("negative block length " + blockLength);
        }
        ByteOrder order = out.order();
        out.order(ByteOrder.LITTLE_ENDIAN);
        try {
            out.putLong(MARKER).putLong(FetchRawBlockResponse.ACTION_CODE).putShort((short) 1).putLong(timing)
                    .putLong(reqId).putInt(0).putInt(0).putLong(resultId).put((byte) 0).putInt(blockLength);
        } finally {
            out.order(order);
        }
    }

    /**
     * Decodes a binary reply, for the client: all ones in the first 8 bytes mean {@code fetch_raw_block}
     * (validated field by field, no byte may follow the block or the {@code finished} flag), anything else the
     * older {@code fetch_block} layout.
     *
     * @throws ProtocolException if the frame is truncated, has trailing bytes, or carries an unexpected action,
     *     version or flag
     */
    public static WsBinaryResponse decodeResponse(ByteBuffer frame) {
        ByteBuffer b = frame.slice().order(ByteOrder.LITTLE_ENDIAN);
        int n = b.remaining();
        if (n >= 8 && b.getLong(0) == MARKER) {
            return decodeFetchRawBlock(b, n);
        }
        if (n < FetchBlockResponse.HEADER_LENGTH) {
            throw new ProtocolException("binary /ws reply of " + n + " bytes is too short");
        }
        return new FetchBlockResponse(b.getLong(0), b.getLong(8), b.slice(16, n - 16));
    }

    private static FetchRawBlockResponse decodeFetchRawBlock(ByteBuffer b, int n) {
        if (n < PREFIX + 9) {
            throw new ProtocolException("fetch_raw_block reply of " + n + " bytes is too short");
        }
        long action = b.getLong(8);
        if (action != FetchRawBlockResponse.ACTION_CODE) {
            throw new ProtocolException("binary /ws reply with action " + Long.toUnsignedString(action));
        }
        int version = Short.toUnsignedInt(b.getShort(16));
        if (version != 1) {
            throw new ProtocolException("fetch_raw_block reply version " + version);
        }
        long timing = b.getLong(18);
        long reqId = b.getLong(26);
        int code = b.getInt(34);
        long messageLength = Integer.toUnsignedLong(b.getInt(38));
        if (messageLength > n - PREFIX - 9) {
            throw new ProtocolException("fetch_raw_block reply message length " + messageLength
                    + " exceeds the frame of " + n + " bytes");
        }
        int m = (int) messageLength;
        byte[] message = new byte[m];
        b.get(PREFIX, message);
        long resultId = b.getLong(PREFIX + m);
        int finished = b.get(PREFIX + m + 8);
        int end = PREFIX + m + 9;
        if (finished == 1) {
            if (n != end) {
                throw new ProtocolException("fetch_raw_block reply has " + (n - end) + " bytes after its end");
            }
            String text = new String(message, StandardCharsets.UTF_8);
            return new FetchRawBlockResponse(timing, reqId, code, text, resultId, true, null);
        }
        if (finished != 0) {
            throw new ProtocolException("fetch_raw_block reply with finished flag " + finished);
        }
        if (code != 0 || m != 0) {
            throw new ProtocolException("fetch_raw_block data frame with code " + code + " or a message");
        }
        if (n < end + 4) {
            throw new ProtocolException("fetch_raw_block data frame without a block length");
        }
        long blockLength = Integer.toUnsignedLong(b.getInt(end));
        if (blockLength != n - end - 4L) {
            throw new ProtocolException("fetch_raw_block block length " + blockLength + " but "
                    + (n - end - 4) + " bytes follow");
        }
        return FetchRawBlockResponse.data(timing, reqId, resultId, b.slice(end + 4, (int) blockLength));
    }
}
