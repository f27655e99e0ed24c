package io.taos4j;

import io.taos4j.protocol.Precision;
import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.block.RawBlock;
import io.taos4j.protocol.tmq.FetchRawDataResponse;
import io.taos4j.protocol.tmq.TmqDataPayload;
import io.taos4j.protocol.tmq.TmqPayloadCodec;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the payload of a {@code fetch_raw_data} reply (tmq.md §5.3) into {@link Block}s with their table names. */
final class TmqMessages {
    private TmqMessages() {
    }

    /** The blocks of a message and the log version after it ({@link Long#MIN_VALUE} when not a log position). */
    record Decoded(List<Block> blocks, long end) {
    }

    /**
     * The blocks of a data (raw type 2) or meta+data (raw type 4) payload.
     *
     * @throws TaosException {@code INVALID_MSG} when the payload is malformed or of another type
     */
    static Decoded decode(FetchRawDataResponse r, ZoneId zone) {
        TmqDataPayload payload;
        try {
            payload = TmqPayloadCodec.decode(r.metaType(), r.raw());
        } catch (ProtocolException e) {
            throw new TaosException(TaosError.INVALID_MSG.code(), "malformed tmq data message " + r.messageId()
                    + " (raw type " + r.metaType() + "): " + e.getMessage(), r.reqId(), e);
        }
        List<Block> out = new ArrayList<>(payload.blocks().size());
        // blocks of one table usually share a schema: share the Field list too, so mappers are planned once
        Map<List<TmqDataPayload.SchemaColumn>, List<Field>> fieldsBySchema = new HashMap<>();
        for (TmqDataPayload.Block b : payload.blocks()) {
            try {
                RawBlock raw = RawBlock.decode(b.rawBlock());
                List<Field> fields = b.schema() == null ? fieldsOf(raw)
                        : fieldsBySchema.computeIfAbsent(b.schema(), s -> fieldsOf(s, raw));
                out.add(new Block(raw, fields, Precision.ofCode(b.precision()), zone, b.tableName()));
            } catch (ProtocolException e) {
                throw new TaosException(TaosError.INVALID_MSG.code(), "malformed block in tmq message "
                        + r.messageId() + ": " + e.getMessage(), r.reqId(), e);
            }
        }
        return new Decoded(out, payload.rspOffset() == TmqDataPayload.NOT_LOG ? Long.MIN_VALUE : payload.rspOffset());
    }

    private static List<Field> fieldsOf(List<TmqDataPayload.SchemaColumn> schema, RawBlock raw) {
        List<Field> out = new ArrayList<>(schema.size());
        for (int i = 0; i < schema.size(); i++) {
            TmqDataPayload.SchemaColumn c = schema.get(i);
            TaosType type = TaosType.ofCode(c.type());
            int bytes = c.bytes();
            if (type.isDecimal() && i < raw.columnCount()) {
                bytes = raw.schema(i).bytes();
            }
            out.add(field(c.name(), type, bytes));
        }
        return List.copyOf(out);
    }

    /** Without a schema (never sent by TDengine): columns named by position. */
    private static List<Field> fieldsOf(RawBlock raw) {
        List<Field> out = new ArrayList<>(raw.columnCount());
        for (int i = 0; i < raw.columnCount(); i++) {
            out.add(field("c" + i, raw.type(i), raw.schema(i).bytes()));
        }
        return List.copyOf(out);
    }

    /** A field from TDengine's schema width: variable types carry a 2-byte length header, NCHAR 4 bytes a char. */
    private static Field field(String name, TaosType type, int bytes) {
        return switch (type) {
            case VARCHAR, VARBINARY, GEOMETRY -> new Field(name, type, Math.max(0, bytes - 2), 0, 0);
            case NCHAR -> new Field(name, type, Math.max(0, (bytes - 2) / 4), 0, 0);
            case DECIMAL, DECIMAL64 -> new Field(name, type, type == TaosType.DECIMAL ? 16 : 8,
                    (bytes >> 8) & 0xFF, bytes & 0xFF);
            default -> new Field(name, type, bytes, 0, 0);
        };
    }
}
