package io.taos4j.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.IntVector;
import io.taos4j.protocol.column.LongVector;
import org.junit.jupiter.api.Test;

/** Column-wise appends to a {@link WriteBatch.Builder} (stmt binds): taken-over vectors, absent columns, order. */
class WriteBatchColumnsTest {
    private static final TaosType[] TYPES = {TaosType.TIMESTAMP, TaosType.INT, TaosType.BIGINT};

    @Test
    void takesOverTheFirstVectorsAndKeepsAbsentColumnsAbsent() {
        WriteBatch.Builder b = new WriteBatch.Builder(TYPES, 4);
        IntVector v = IntVector.wrap(TaosType.INT, new int[] {1, 2, 3}, 3);
        v.setNull(1);
        b.appendColumns(ts(10, 20, 30), new ColumnVector[] {null, v, null});
        WriteBatch batch = b.build();
        assertThat(batch.rows()).isEqualTo(3);
        assertThat(batch.column(1)).isSameAs(v);
        assertThat(batch.column(1).isNull(1)).isTrue();
        assertThat(batch.column(2)).isNull();
        assertThat(batch.isPresent(1, 2)).isTrue();
        assertThat(batch.isComplete()).isFalse();
    }

    @Test
    void appendsLaterBindsAfterEarlierOnesAndMarksMissingColumns() {
        WriteBatch.Builder b = new WriteBatch.Builder(TYPES, 4);
        b.appendColumns(ts(1, 2), new ColumnVector[] {null, ints(5, 6), null});
        b.appendColumns(ts(3, 4), new ColumnVector[] {null, ints(7, 8), longs(70, 80)});
        WriteBatch batch = b.build();
        assertThat(batch.rows()).isEqualTo(4);
        assertThat(((IntVector) batch.column(1)).get(3)).isEqualTo(8);
        assertThat(batch.isPresent(2, 1)).isFalse();
        assertThat(batch.isPresent(2, 2)).isTrue();
        assertThat(((LongVector) batch.column(2)).get(3)).isEqualTo(80);
    }

    @Test
    void sortsAndCollapsesUnorderedAndRepeatedTimestamps() {
        WriteBatch.Builder b = new WriteBatch.Builder(TYPES, 4);
        b.appendColumns(ts(30, 10), new ColumnVector[] {null, ints(3, 1), null});
        b.appendColumns(ts(10, 20), new ColumnVector[] {null, ints(11, 2), null});
        WriteBatch batch = b.build();
        assertThat(batch.timestamps().values()).startsWith(10, 20, 30);
        assertThat(batch.rows()).isEqualTo(3);
        assertThat(((IntVector) batch.column(1)).get(0)).isEqualTo(11); // the later value of ts 10 wins
        assertThat(((IntVector) batch.column(1)).get(2)).isEqualTo(3);
    }

    private static LongVector ts(long... values) {
        return LongVector.wrap(TaosType.TIMESTAMP, values, values.length);
    }

    private static IntVector ints(int... values) {
        return IntVector.wrap(TaosType.INT, values, values.length);
    }

    private static LongVector longs(long... values) {
        return LongVector.wrap(TaosType.BIGINT, values, values.length);
    }
}
