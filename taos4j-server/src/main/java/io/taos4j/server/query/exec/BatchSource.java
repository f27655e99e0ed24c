package io.taos4j.server.query.exec;

import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Operator;
import java.util.Iterator;
import java.util.List;

/** Returns batches already in memory, skipping empty ones. */
public final class BatchSource implements Operator {
    private final Iterator<Batch> batches;

    public BatchSource(List<Batch> batches) {
        this.batches = List.copyOf(batches).iterator();
    }

    public static BatchSource of(Batch... batches) {
        return new BatchSource(List.of(batches));
    }

    @Override
    public Batch next() {
        while (batches.hasNext()) {
            Batch b = batches.next();
            if (b.rows() > 0) {
                return b;
            }
        }
        return null;
    }
}
