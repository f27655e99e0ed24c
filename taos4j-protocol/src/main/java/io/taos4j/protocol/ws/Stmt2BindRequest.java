package io.taos4j.protocol.ws;

import java.nio.ByteBuffer;

/**
 * The binary {@code stmt2_bind} request, action 9 (ws-sql.md §9.4): {@code u16 version 1, i32 col_idx}, then the
 * bind payload, kept opaque here.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param stmtId the stmt2 statement id at offset 8, unsigned 64-bit
 * @param colIdx -1 binds everything (JDBC, Rust); >= 0 binds one column
 * @param payload the bind payload from offset 30 to the end of the frame, non-null (a shared read-only view)
 */
public record Stmt2BindRequest(long reqId, long stmtId, int colIdx, ByteBuffer payload) implements WsBinaryRequest {
    /** The action code. */
    public static final int ACTION_CODE = 9;
    /** The action name of the reply. */
    public static final String ACTION = "stmt2_bind";

    public Stmt2BindRequest {
        payload = Buffers.freeze(payload, "payload");
    }

    /** A fresh read-only little-endian view of the payload, positioned at 0. */
    @Override
    public ByteBuffer payload() {
        return Buffers.view(payload);
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
