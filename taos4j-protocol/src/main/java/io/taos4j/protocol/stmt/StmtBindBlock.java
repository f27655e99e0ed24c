package io.taos4j.protocol.stmt;

import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.block.ColumnSchema;
import io.taos4j.protocol.block.RawBlock;
import io.taos4j.protocol.block.RawBlockEncoder;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.ws.StmtBindRequest;
import io.taos4j.protocol.ws.StmtSetTagsRequest;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw blocks of the classic statement's binary {@code set_tags} (action 1) and {@code bind} (action 2) frames
 * (ws-sql.md §8.2): one column per bound tag or column, NCHAR as UCS-4LE, TIMESTAMP as ticks of the statement's
 * precision; {@code set_tags} blocks hold exactly one row. Stateless and thread-safe.
 */
public final class StmtBindBlock {
    private StmtBindBlock() {
    }

    /**
     * A {@code set_tags} request carrying one row of tag values.
     *
     * @throws IllegalArgumentException if a vector does not hold exactly one value or does not fit its schema
     */
    public static StmtSetTagsRequest setTags(long reqId, long stmtId, List<ColumnSchema> schema,
            List<? extends ColumnVector> tags) {
        for (ColumnVector v : tags) {
            if (v != null && v.size() != 1) {
                throw new IllegalArgumentException("a tag block holds one row, not " + v.size());
            }
        }
        return new StmtSetTagsRequest(reqId, stmtId, ByteBuffer.wrap(RawBlockEncoder.encode(schema, tags, 0, 1)));
    }

    /**
     * A {@code bind} request carrying every row of the columns.
     *
     * @throws IllegalArgumentException if the columns differ in size or do not fit their schema
     */
    public static StmtBindRequest bind(long reqId, long stmtId, List<ColumnSchema> schema,
            List<? extends ColumnVector> columns) {
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (ColumnVector v : columns) {
            if (v != null && v.size() != rows) {
                throw new IllegalArgumentException("bound columns differ in rows: " + rows + " and " + v.size());
            }
        }
        return new StmtBindRequest(reqId, stmtId, ByteBuffer.wrap(RawBlockEncoder.encode(schema, columns, 0, rows)));
    }

    /**
     * The columns of a bound block as vectors (NCHAR converted to UTF-8).
     *
     * @throws ProtocolException if the bytes are not a well-formed raw block or hold a NULL-typed column
     */
    public static List<ColumnVector> columns(ByteBuffer block) {
        RawBlock b = RawBlock.decode(block);
        List<ColumnVector> out = new ArrayList<>(b.columnCount());
        for (int c = 0; c < b.columnCount(); c++) {
            try {
                out.add(b.toVector(c));
            } catch (IllegalArgumentException e) {
                throw new ProtocolException("column " + c + " of the bound block: " + e.getMessage());
            }
        }
        return out;
    }
}
