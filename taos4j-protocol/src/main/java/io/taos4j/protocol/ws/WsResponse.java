package io.taos4j.protocol.ws;

/**
 * A JSON reply on taosAdapter's {@code /ws} endpoint (ws-sql.md §2.2). Every reply starts with the five common
 * fields {@code code, message, action, req_id, timing}; one record per success reply adds the action's keys in the
 * adapter's order; {@link ErrorResponse} is every failure.
 *
 * <p>Success records report {@code code 0} and message {@code ""}. Records are immutable and thread-safe.
 * {@link WsJson} encodes and decodes them.
 */
public sealed interface WsResponse permits VersionResponse, ConnResponse, CheckServerStatusResponse,
        GetCurrentDbResponse, GetServerInfoResponse, GetConnectionInfoResponse, QueryResponse, FetchResponse,
        NumFieldsResponse, SchemalessInsertResponse, ValidateSqlResponse, StmtInitResponse, StmtPrepareResponse,
        StmtExecResponse, StmtGetTagFieldsResponse, StmtGetColFieldsResponse, StmtUseResultResponse,
        StmtNumParamsResponse, StmtGetParamResponse, Stmt2InitResponse, Stmt2PrepareResponse, Stmt2BindResponse,
        Stmt2ExecResponse, Stmt2ResultResponse, Stmt2CloseResponse, CommonResponse, ErrorResponse {

    /** 0 for success, else the error code masked with 0xFFFF (65535 for the adapter's own errors). */
    default int code() {
        return 0;
    }

    /** {@code ""} for success, else the error text. Never null. */
    default String message() {
        return "";
    }

    /** The action of the request this answers. Never null. */
    String action();

    /** Echo of the request's {@code req_id}; unsigned 64-bit held in a long. */
    long reqId();

    /** Nanoseconds the server spent on the request. */
    long timing();
}
