package io.taos4j.jdbc.internal;

import io.taos4j.Block;
import io.taos4j.Field;
import io.taos4j.protocol.Precision;
import java.sql.SQLException;
import java.util.List;

/**
 * Rows streamed from the server block by block (the connector fetches the next block while this one is read).
 * Waits follow the owning statement's limits; {@code maxRows} of the statement ends the rows early.
 */
final class BlockCursor implements Cursor {
    private final io.taos4j.ResultSet rs;
    private final JdbcStatement statement;
    private final long maxRows;
    private Block block;
    private Block ahead;
    private int row = -1;
    private long seen;
    private boolean ended;

    BlockCursor(io.taos4j.ResultSet rs, JdbcStatement statement) {
        this.rs = rs;
        this.statement = statement;
        this.maxRows = statement.maxRows();
    }

    @Override
    public List<Field> fields() {
        return rs.fields();
    }

    @Override
    public Precision precision() {
        return rs.precision();
    }

    @Override
    public boolean next() throws SQLException {
        if (ended) {
            return false;
        }
        if (maxRows > 0 && seen >= maxRows) {
            end();
            return false;
        }
        row++;
        while (block == null || row >= block.rows()) {
            block = fetch();
            row = 0;
            if (block == null) {
                end();
                return false;
            }
        }
        seen++;
        return true;
    }

    private Block fetch() throws SQLException {
        if (ahead != null) {
            Block b = ahead;
            ahead = null;
            return b;
        }
        return Await.await(rs.nextBlockAsync(), statement.limits(), null);
    }

    @Override
    public boolean hasNext() throws SQLException {
        if (ended || maxRows > 0 && seen >= maxRows) {
            return false;
        }
        if (block != null && row + 1 < block.rows()) {
            return true;
        }
        while (ahead == null) {
            Block b = Await.await(rs.nextBlockAsync(), statement.limits(), null);
            if (b == null) {
                return false;
            }
            if (b.rows() > 0) {
                ahead = b;
            }
        }
        return true;
    }

    @Override
    public Object get(int column) {
        return block.getObject(column, row);
    }

    private void end() {
        ended = true;
        block = null;
        rs.close();
    }

    @Override
    public void close() {
        ended = true;
        block = null;
        ahead = null;
        rs.close();
    }
}
