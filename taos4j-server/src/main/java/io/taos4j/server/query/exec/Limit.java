package io.taos4j.server.query.exec;

import io.taos4j.server.query.Batch;
import io.taos4j.server.query.Operator;

/** Skips {@code offset} rows, then passes at most {@code limit} rows (a negative limit means no limit). */
public final class Limit implements Operator {
    private final Operator input;
    private long toSkip;
    private long remaining;

    public Limit(Operator input, long limit, long offset) {
        this.input = input;
        this.toSkip = offset;
        this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
    }

    @Override
    public Batch next() {
        while (remaining > 0) {
            Batch b = input.next();
            if (b == null) {
                return null;
            }
            int n = b.rows();
            int start = 0;
            if (toSkip > 0) {
                int skip = (int) Math.min(toSkip, n);
                toSkip -= skip;
                start = skip;
            }
            if (start >= n) {
                continue;
            }
            int end = (int) Math.min(n, start + remaining);
            remaining -= end - start;
            return b.slice(start, end);
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
    }
}
