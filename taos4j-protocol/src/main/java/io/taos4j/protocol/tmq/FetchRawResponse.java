package io.taos4j.protocol.tmq;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The binary reply to {@code fetch_raw} (tmq.md §6.1): timing, req_id, message id, the kind marker 3, the payload
 * length, the raw type, then the same payload {@code fetch_raw_data} carries.
 *
 * @param raw the payload (read-only view), non-null
 */
public record FetchRawResponse(long timing, long reqId, long messageId, int metaType, ByteBuffer raw) {
    /** The kind marker at offset 24. */
    public static final long RAW_MESSAGE_KIND = 3;

    public FetchRawResponse {
        Objects.requireNonNull(raw, "raw");
        raw = raw.slice().asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A fresh read-only little-endian view of the payload at position 0. */
    @Override
    public ByteBuffer raw() {
        return raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }
}
