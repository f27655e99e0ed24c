package io.taos4j.protocol.ws;

import java.nio.ByteBuffer;

/**
 * The binary {@code stmt2_bind_exec} request, action 11 (ws-sql.md §9.8): {@code u16 version 1}, then a column-bind
 * payload, kept opaque here. Answered like {@code stmt2_exec}.
 *
 * @param reqId the client's request id, unsigned 64-bit held in a long
 * @param stmtId the stmt2 statement id at offset 8, unsigned 64-bit
 * @param payload the column-bind payload from offset 26 to the end of the frame, non-null (a shared read-only view)
 */
public record Stmt2BindExecRequest(long reqId, long stmtId, ByteBuffer payload) implements WsBinaryRequest {
    /** The action code. */
    public static final int ACTION_CODE = 11;
    /** The action name of the reply. */
    public static final String ACTION = "stmt2_bind_exec";

    public Stmt2BindExecRequest {
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
