package io.taos4j.protocol.ws;

/**
 * A binary request frame on {@code /ws} (ws-sql.md §2.4): a 24-byte header {@code u64 req_id, u64 resource id,
 * u64 action code}, then the action's body. One record per action code; {@link WsBinary} encodes and decodes them.
 *
 * <p>Records are immutable. Byte payloads they hold are read-only views that <em>share</em> the memory of the
 * decoded frame (no copy): a server that recycles frame buffers must finish with the record, or copy the payload,
 * before releasing the frame. Accessors return a fresh little-endian view positioned at 0 on each call.
 */
public sealed interface WsBinaryRequest permits BinaryQueryRequest, FetchRawBlockRequest, Stmt2BindRequest,
        Stmt2BindExecRequest, StmtSetTagsRequest, StmtBindRequest, WriteRawRequest, WriteRawBlockRequest,
        WriteRawBlockWithFieldsRequest, ValidateSqlRequest {

    /** The client's request id, unsigned 64-bit held in a long. */
    long reqId();

    /** The binary action code at offset 16. */
    int actionCode();

    /** The action name the JSON reply carries, e.g. {@code "binary_query"}. */
    String action();
}
