package io.taos4j.protocol.ws;

/**
 * A JSON request on taosAdapter's {@code /ws} endpoint: {@code {"action":"<name>","args":{"req_id":N,...}}}
 * (ws-sql.md §2.1). One record per action; {@link UnknownRequest} stands for an action name nobody knows.
 *
 * <p>Records are immutable and thread-safe. Ids ({@code req_id}, {@code id}, {@code stmt_id}) are unsigned 64-bit
 * on the wire and held in a {@code long} (two's complement). {@link WsJson} encodes and decodes them.
 */
public sealed interface WsRequest permits VersionRequest, ConnRequest, CheckServerStatusRequest,
        OptionsConnectionRequest, GetCurrentDbRequest, GetServerInfoRequest, GetConnectionInfoRequest, QueryRequest,
        FetchRequest, FetchBlockRequest, FreeResultRequest, NumFieldsRequest, SchemalessInsertRequest,
        StmtInitRequest, StmtPrepareRequest, StmtSetTableNameRequest, StmtSetTagsJsonRequest, StmtBindJsonRequest,
        StmtAddBatchRequest, StmtExecRequest, StmtCloseRequest, StmtGetTagFieldsRequest, StmtGetColFieldsRequest,
        StmtUseResultRequest, StmtNumParamsRequest, StmtGetParamRequest, Stmt2InitRequest, Stmt2PrepareRequest,
        Stmt2ExecRequest, Stmt2ResultRequest, Stmt2CloseRequest, UnknownRequest {

    /** The action name on the wire, e.g. {@code "query"}. Never null. */
    String action();

    /** The client's request id, echoed in the reply; unsigned 64-bit held in a long. */
    long reqId();
}
