package io.taos4j.jdbc.internal;

import io.taos4j.Block;
import io.taos4j.Field;
import io.taos4j.ResultSet;
import io.taos4j.Row;
import io.taos4j.protocol.Precision;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** The outcome of a stmt2 INSERT as a connector result: no columns, no rows, the rows written. */
record UpdateCount(long affectedRows) implements ResultSet {

    @Override
    public List<Field> fields() {
        return List.of();
    }

    @Override
    public Precision precision() {
        return Precision.MILLISECONDS;
    }

    @Override
    public CompletableFuture<Block> nextBlockAsync() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Stream<Row> rows() {
        return Stream.empty();
    }

    @Override
    public <T> List<T> deserialize(Class<T> type) {
        return List.of();
    }

    @Override
    public <T> CompletableFuture<List<T>> deserializeAsync(Class<T> type) {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public <T> Stream<T> stream(Class<T> type) {
        return Stream.empty();
    }

    @Override
    public Iterator<Row> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public void close() {
    }
}
