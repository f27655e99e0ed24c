package io.taos4j.protocol.tmq;

import io.taos4j.protocol.ProtocolException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The binary frames of {@code /rest/tmq} (tmq.md §5.2, §6, §6.1). Encoders return a little-endian buffer positioned
 * at 0; decoders read a whole frame and throw {@link ProtocolException} on truncated or malformed input. Stateless
 * and thread-safe.
 */
public final class TmqBinary {
    private static final long FLAG = -1L;

    private TmqBinary() {
    }

    /** Encodes a {@code fetch_raw_data} reply. */
    public static ByteBuffer encode(FetchRawDataResponse r) {
        byte[] msg = r.message().getBytes(StandardCharsets.UTF_8);
        ByteBuffer raw = r.raw();
        int size = 42 + msg.length + 8;
        if (raw != null) {
            size += 6 + raw.remaining();
        } else if (r.errorTail()) {
            size += 6;
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(FLAG).putLong(FetchRawDataResponse.ACTION_CODE).putShort((short) 1).putLong(r.timing())
                .putLong(r.reqId()).putInt(r.code()).putInt(msg.length).put(msg).putLong(r.messageId());
        if (raw != null) {
            out.putShort((short) r.metaType()).putInt(raw.remaining()).put(raw);
        } else if (r.errorTail()) {
            out.putShort((short) 0).putInt(0);
        }
        return out.flip();
    }

    /** Decodes a {@code fetch_raw_data} reply, with or without the error tail. */
    public static FetchRawDataResponse decodeFetchRawData(ByteBuffer frame) {
        ByteBuffer in = frame.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (in.getLong() != FLAG) {
                throw new ProtocolException("fetch_raw_data reply: missing 0xFFFFFFFFFFFFFFFF flag");
            }
            long action = in.getLong();
            if (action != FetchRawDataResponse.ACTION_CODE) {
                throw new ProtocolException("fetch_raw_data reply: action " + action + ", expected 8");
            }
            in.getShort(); // version
            long timing = in.getLong();
            long reqId = in.getLong();
            int code = in.getInt();
            String message = utf8(in, in.getInt());
            long messageId = in.getLong();
            if (code != 0) {
                boolean tail = in.remaining() >= 6;
                return FetchRawDataResponse.error(timing, reqId, code, message, messageId, tail);
            }
            int metaType = Short.toUnsignedInt(in.getShort());
            int rawLen = in.getInt();
            if (rawLen < 0 || rawLen > in.remaining()) {
                throw new ProtocolException("fetch_raw_data reply: raw_len " + rawLen + " exceeds the frame");
            }
            ByteBuffer raw = in.slice(in.position(), rawLen);
            return FetchRawDataResponse.data(timing, reqId, messageId, metaType, raw);
        } catch (BufferUnderflowException e) {
            throw new ProtocolException("fetch_raw_data reply truncated at byte " + in.position());
        }
    }

    /** Encodes a {@code fetch_block} reply. */
    public static ByteBuffer encode(FetchBlockResponse r) {
        ByteBuffer block = r.block();
        ByteBuffer out = ByteBuffer.allocate(24 + block.remaining()).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(r.timing()).putLong(r.reqId()).putLong(r.messageId()).put(block);
        return out.flip();
    }

    /** Decodes a {@code fetch_block} reply. */
    public static FetchBlockResponse decodeFetchBlock(ByteBuffer frame) {
        ByteBuffer in = frame.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (in.remaining() < 24) {
            throw new ProtocolException("fetch_block reply shorter than its 24-byte header");
        }
        return new FetchBlockResponse(in.getLong(), in.getLong(), in.getLong(), in.slice());
    }

    /** Encodes a {@code fetch_raw} reply. */
    public static ByteBuffer encode(FetchRawResponse r) {
        ByteBuffer raw = r.raw();
        ByteBuffer out = ByteBuffer.allocate(38 + raw.remaining()).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(r.timing()).putLong(r.reqId()).putLong(r.messageId()).putLong(FetchRawResponse.RAW_MESSAGE_KIND)
                .putInt(raw.remaining()).putShort((short) r.metaType()).put(raw);
        return out.flip();
    }

    /** Decodes a {@code fetch_raw} reply. */
    public static FetchRawResponse decodeFetchRaw(ByteBuffer frame) {
        ByteBuffer in = frame.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (in.remaining() < 38) {
            throw new ProtocolException("fetch_raw reply shorter than its 38-byte header");
        }
        long timing = in.getLong();
        long reqId = in.getLong();
        long messageId = in.getLong();
        long kind = in.getLong();
        if (kind != FetchRawResponse.RAW_MESSAGE_KIND) {
            throw new ProtocolException("fetch_raw reply: kind " + kind + ", expected 3");
        }
        int rawLen = in.getInt();
        int metaType = Short.toUnsignedInt(in.getShort());
        if (rawLen < 0 || rawLen > in.remaining()) {
            throw new ProtocolException("fetch_raw reply: raw_len " + rawLen + " exceeds the frame");
        }
        return new FetchRawResponse(timing, reqId, messageId, metaType, in.slice(in.position(), rawLen));
    }

    private static String utf8(ByteBuffer in, int length) {
        if (length < 0 || length > in.remaining()) {
            throw new ProtocolException("binary reply: message length " + length + " exceeds the frame");
        }
        byte[] b = new byte[length];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
