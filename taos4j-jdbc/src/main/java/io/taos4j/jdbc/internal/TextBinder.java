package io.taos4j.jdbc.internal;

import io.taos4j.Taos;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A statement without placeholders: its SQL text runs as it is, once per execution or batch row. */
final class TextBinder implements Binder {
    private final Taos taos;
    private final String sql;

    TextBinder(Taos taos, String sql) {
        this.taos = taos;
        this.sql = sql;
    }

    @Override
    public int parameterCount() {
        return 0;
    }

    @Override
    public CompletableFuture<io.taos4j.ResultSet> execute(List<Parameter> row) {
        return taos.queryAsync(sql);
    }

    @Override
    public CompletableFuture<Long> executeBatch(List<List<Parameter>> rows) {
        CompletableFuture<Long> total = CompletableFuture.completedFuture(0L);
        for (int i = 0; i < rows.size(); i++) {
            total = total.thenCompose(sum -> taos.execAsync(sql).thenApply(n -> sum + n));
        }
        return total;
    }

    @Override
    public void close() {
    }
}
