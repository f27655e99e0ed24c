package io.taos4j.protocol.ws;

import java.nio.ByteBuffer;

/**
 * The binary {@code write_raw} request, action 3 (ws-sql.md §7): {@code u32 length, u16 meta_type}, then
 * {@code length} bytes of raw TMQ data, replayed into the server.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param resourceId the u64 at offset 8, unused by the adapter (kept so a frame re-encodes byte for byte)
 * @param metaType the TMQ raw meta type (u16)
 * @param data the raw data, non-null (a shared read-only view); its length is written as {@code length}
 */
public record WriteRawRequest(long reqId, long resourceId, int metaType, ByteBuffer data) implements WsBinaryRequest {
    /** The action code. */
    public static final int ACTION_CODE = 3;
    /** The action name of the reply. */
    public static final String ACTION = "write_raw";

    public WriteRawRequest {
        if (metaType < 0 || metaType > 0xFFFF) {
            throw new IllegalArgumentException("meta_type is a u16: " + metaType);
        }
        data = Buffers.freeze(data, "data");
    }

    /** A fresh read-only little-endian view of the data, positioned at 0. */
    @Override
    public ByteBuffer data() {
        return Buffers.view(data);
    }

    @Override
    public int actionCode() {
        return ACTION_CODE;
    }

    @Override
    public String action() {
        return ACTION;
    }
}
