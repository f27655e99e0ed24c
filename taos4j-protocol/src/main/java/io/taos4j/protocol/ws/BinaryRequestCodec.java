package io.taos4j.protocol.ws;

import io.taos4j.protocol.ws.WsRequestException.Reply;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Binary request frames (ws-sql.md §2.4, §4.2, §5.4, §5.5, §7, §8.2, §9.4, §9.8). Decoding checks what the
 * adapter's handlers check, in the same order and with the same texts ({@code controller/ws/ws/*.go}); where the
 * adapter reads without checking (raw writes) a frame too short for its declared lengths is refused with
 * {@code message length is too short} instead of reading past the end.
 */
final class BinaryRequestCodec {
    static final int HEADER = 24;
    private static final String TOO_SHORT = "message length is too short";
    private static final String UNKNOWN = "unknown";

    private BinaryRequestCodec() {
    }

    static WsBinaryRequest decode(ByteBuffer frame) {
        ByteBuffer b = frame.slice().order(ByteOrder.LITTLE_ENDIAN);
        int n = b.remaining();
        if (n < HEADER) {
            long reqId = n >= 8 ? b.getLong(0) : 0;
            throw new WsRequestException(UNKNOWN, reqId, 0, Reply.JSON, true, TOO_SHORT);
        }
        long reqId = b.getLong(0);
        long resourceId = b.getLong(8);
        long code = b.getLong(16);
        int action = code >= 0 && code <= 11 ? (int) code : -1;
        return switch (action) {
            case BinaryQueryRequest.ACTION_CODE -> new BinaryQueryRequest(reqId,
                    sql(b, BinaryQueryRequest.ACTION, reqId));
            case ValidateSqlRequest.ACTION_CODE -> new ValidateSqlRequest(reqId,
                    sql(b, ValidateSqlRequest.ACTION, reqId));
            case FetchRawBlockRequest.ACTION_CODE -> {
                String a = FetchRawBlockRequest.ACTION;
                if (n < 26) {
                    throw new WsRequestException(a, reqId, resourceId, Reply.FETCH_RAW_BLOCK, true, TOO_SHORT);
                }
                if (b.getShort(24) != 1) {
                    throw new WsRequestException(a, reqId, resourceId, Reply.FETCH_RAW_BLOCK, true,
                            "unknown fetch raw block version");
                }
                yield new FetchRawBlockRequest(reqId, resourceId);
            }
            case Stmt2BindRequest.ACTION_CODE -> {
                checkStmtFrame(b, Stmt2BindRequest.ACTION, reqId, resourceId, 30, "unknown stmt2 bind version");
                yield new Stmt2BindRequest(reqId, resourceId, b.getInt(26), b.slice(30, n - 30));
            }
            case Stmt2BindExecRequest.ACTION_CODE -> {
                checkStmtFrame(b, Stmt2BindExecRequest.ACTION, reqId, resourceId, 26,
                        "unknown stmt2 bind exec version");
                yield new Stmt2BindExecRequest(reqId, resourceId, b.slice(26, n - 26));
            }
            case StmtSetTagsRequest.ACTION_CODE -> new StmtSetTagsRequest(reqId, resourceId, b.slice(24, n - 24));
            case StmtBindRequest.ACTION_CODE -> new StmtBindRequest(reqId, resourceId, b.slice(24, n - 24));
            case WriteRawRequest.ACTION_CODE -> {
                need(n >= 30, WriteRawRequest.ACTION, reqId);
                long length = Integer.toUnsignedLong(b.getInt(24));
                need(length <= n - 30, WriteRawRequest.ACTION, reqId);
                yield new WriteRawRequest(reqId, resourceId, Short.toUnsignedInt(b.getShort(28)),
                        b.slice(30, (int) length));
            }
            case WriteRawBlockRequest.ACTION_CODE, WriteRawBlockWithFieldsRequest.ACTION_CODE ->
                    rawBlock(b, action, reqId, resourceId);
            default -> throw new WsRequestException(UNKNOWN, reqId, 0, Reply.JSON, true,
                    "unknown binary action " + Long.toUnsignedString(code));
        };
    }

    /** The body of {@code binary_query} and {@code validate_sql}: u16 version 1, u32 sql_len, SQL. */
    private static String sql(ByteBuffer b, String action, long reqId) {
        int n = b.remaining();
        need(n >= 31, action, reqId);
        int version = Short.toUnsignedInt(b.getShort(24));
        if (version != 1) {
            throw WsRequestException.afterConnection(action, reqId, "unknown binary query version:" + version);
        }
        long sqlLength = Integer.toUnsignedLong(b.getInt(26));
        int remain = n - 30;
        if (remain < sqlLength) {
            throw WsRequestException.afterConnection(action, reqId,
                    "uncompleted message, sql length:" + sqlLength + ", remainMessageLength:" + remain);
        }
        return utf8(b, 30, (int) sqlLength);
    }

    private static void checkStmtFrame(ByteBuffer b, String action, long reqId, long stmtId, int minimum,
            String badVersion) {
        if (b.remaining() < minimum) {
            throw new WsRequestException(action, reqId, stmtId, Reply.JSON_WITH_STMT_ID, true, TOO_SHORT);
        }
        if (b.getShort(24) != 1) {
            throw new WsRequestException(action, reqId, stmtId, Reply.JSON_WITH_STMT_ID, true, badVersion);
        }
    }

    /** Actions 4 and 5: i32 rows, u16 name_len, name, raw block (then, for 5, the TAOS_FIELD array). */
    private static WsBinaryRequest rawBlock(ByteBuffer b, int action, long reqId, long resourceId) {
        String name = action == WriteRawBlockRequest.ACTION_CODE
                ? WriteRawBlockRequest.ACTION : WriteRawBlockWithFieldsRequest.ACTION;
        int n = b.remaining();
        need(n >= 30, name, reqId);
        int rows = b.getInt(24);
        int nameLength = Short.toUnsignedInt(b.getShort(28));
        int blockAt = 30 + nameLength;
        need(blockAt <= n, name, reqId);
        String table = utf8(b, 30, nameLength);
        if (action == WriteRawBlockRequest.ACTION_CODE) {
            return new WriteRawBlockRequest(reqId, resourceId, rows, table, b.slice(blockAt, n - blockAt));
        }
        need(blockAt + 8 <= n, name, reqId);
        int blockLength = b.getInt(blockAt + 4);
        need(blockLength >= 8 && blockLength <= n - blockAt, name, reqId);
        int fieldsAt = blockAt + blockLength;
        return new WriteRawBlockWithFieldsRequest(reqId, resourceId, rows, table, b.slice(blockAt, blockLength),
                b.slice(fieldsAt, n - fieldsAt));
    }

    private static void need(boolean condition, String action, long reqId) {
        if (!condition) {
            throw WsRequestException.afterConnection(action, reqId, TOO_SHORT);
        }
    }

    private static String utf8(ByteBuffer b, int at, int length) {
        byte[] bytes = new byte[length];
        b.get(at, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static ByteBuffer encode(WsBinaryRequest request) {
        if (request instanceof FetchRawBlockRequest f) {
            return header(26, f.reqId(), f.resultId(), f.actionCode()).putShort((short) 1).flip();
        } else if (request instanceof BinaryQueryRequest q) {
            return sqlFrame(q.reqId(), q.actionCode(), q.sql());
        } else if (request instanceof Stmt2BindRequest s) {
            ByteBuffer payload = s.payload();
            return header(30 + payload.remaining(), s.reqId(), s.stmtId(), s.actionCode())
                    .putShort((short) 1).putInt(s.colIdx()).put(payload).flip();
        } else if (request instanceof Stmt2BindExecRequest s) {
            ByteBuffer payload = s.payload();
            return header(26 + payload.remaining(), s.reqId(), s.stmtId(), s.actionCode())
                    .putShort((short) 1).put(payload).flip();
        } else if (request instanceof ValidateSqlRequest v) {
            return sqlFrame(v.reqId(), v.actionCode(), v.sql());
        } else if (request instanceof StmtSetTagsRequest s) {
            ByteBuffer block = s.block();
            return header(24 + block.remaining(), s.reqId(), s.stmtId(), s.actionCode()).put(block).flip();
        } else if (request instanceof StmtBindRequest s) {
            ByteBuffer block = s.block();
            return header(24 + block.remaining(), s.reqId(), s.stmtId(), s.actionCode()).put(block).flip();
        } else if (request instanceof WriteRawRequest w) {
            ByteBuffer data = w.data();
            return header(30 + data.remaining(), w.reqId(), w.resourceId(), w.actionCode())
                    .putInt(data.remaining()).putShort((short) w.metaType()).put(data).flip();
        } else if (request instanceof WriteRawBlockRequest w) {
            return rawBlockFrame(w, w.resourceId(), w.rows(), w.tableName(), w.block(), null);
        } else {
            WriteRawBlockWithFieldsRequest w = (WriteRawBlockWithFieldsRequest) request;
            return rawBlockFrame(w, w.resourceId(), w.rows(), w.tableName(), w.block(), w.fields());
        }
    }

    private static ByteBuffer sqlFrame(long reqId, int action, String sql) {
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        return header(30 + bytes.length, reqId, 0, action).putShort((short) 1).putInt(bytes.length).put(bytes)
                .flip();
    }

    private static ByteBuffer rawBlockFrame(WsBinaryRequest w, long resourceId, int rows, String table,
            ByteBuffer block, ByteBuffer fields) {
        byte[] name = table.getBytes(StandardCharsets.UTF_8);
        if (name.length > 0xFFFF) {
            throw new IllegalArgumentException("table name longer than 65535 bytes");
        }
        int length = 30 + name.length + block.remaining() + (fields == null ? 0 : fields.remaining());
        ByteBuffer out = header(length, w.reqId(), resourceId, w.actionCode())
                .putInt(rows).putShort((short) name.length).put(name).put(block);
        if (fields != null) {
            out.put(fields);
        }
        return out.flip();
    }

    private static ByteBuffer header(int length, long reqId, long resourceId, int action) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(reqId).putLong(resourceId).putLong(action);
    }
}
