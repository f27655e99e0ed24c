package io.taos4j.protocol.tmq;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The binary reply to {@code fetch_raw_data} (tmq.md §5.2): the common binary header (flag, action 8, version 1,
 * timing, req_id at offset 26, code, message), the message id, and on success the raw type and payload.
 *
 * @param timing nanoseconds spent on the request
 * @param reqId echo of the request's req_id
 * @param code 0, or the error code masked with 0xFFFF
 * @param message {@code ""} or the error text, non-null
 * @param messageId the requested message id (echoed even on errors)
 * @param metaType the TDengine raw type of the payload (2 data, 4 meta+data, 5 batch meta, ...); 0 on errors
 * @param raw the payload (a read-only view), or null on errors
 * @param errorTail on errors, whether {@code u16 0} + {@code u32 0} follow the message id. The adapter ends its
 *     error frames after the id; JDBC 3.7.9 reads both fields unconditionally and only then sees the code, so a
 *     server that wants JDBC to report the real error appends them
 */
public record FetchRawDataResponse(long timing, long reqId, int code, String message, long messageId, int metaType,
        ByteBuffer raw, boolean errorTail) {

    /** The action code at offset 8. */
    public static final long ACTION_CODE = 8;
    /** Offset of req_id in the frame. */
    public static final int REQ_ID_OFFSET = 26;

    public FetchRawDataResponse {
        Objects.requireNonNull(message, "message");
        if (code == 0) {
            Objects.requireNonNull(raw, "raw");
            raw = raw.slice().asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
        } else if (raw != null) {
            throw new IllegalArgumentException("an error frame carries no payload");
        }
    }

    /** A success frame. */
    public static FetchRawDataResponse data(long timing, long reqId, long messageId, int metaType, ByteBuffer raw) {
        return new FetchRawDataResponse(timing, reqId, 0, "", messageId, metaType, raw, false);
    }

    /** An error frame. */
    public static FetchRawDataResponse error(long timing, long reqId, int code, String message, long messageId,
            boolean errorTail) {
        if (code == 0) {
            throw new IllegalArgumentException("an error frame needs a non-zero code");
        }
        return new FetchRawDataResponse(timing, reqId, code & 0xFFFF, message, messageId, 0, null, errorTail);
    }

    /** A fresh read-only little-endian view of the payload at position 0, or null on errors. */
    @Override
    public ByteBuffer raw() {
        return raw == null ? null : raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }
}
