package io.taos4j.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row of every table is planned exactly once, in requests of at most the configured size. */
class BatchPlannerTest {

    @Test
    void tableAfterTableInFullRequests() {
        List<BatchPlanner.Batch> batches = plan(new BatchPlanner(0, 2, 5, 3, 0));
        assertThat(batches).extracting(BatchPlanner.Batch::slices).containsExactly(
                List.of(new BatchPlanner.Slice(0, 0, 3)),
                List.of(new BatchPlanner.Slice(0, 3, 2), new BatchPlanner.Slice(1, 0, 1)),
                List.of(new BatchPlanner.Slice(1, 1, 3)),
                List.of(new BatchPlanner.Slice(1, 4, 1)));
        assertCoversEveryRowOnce(batches, 0, 2, 5, 3);
    }

    @Test
    void smallTablesShareARequest() {
        List<BatchPlanner.Batch> batches = plan(new BatchPlanner(3, 7, 2, 100, 0));
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).rows()).isEqualTo(8);
        assertCoversEveryRowOnce(batches, 3, 7, 2, 100);
    }

    @Test
    void interlacedRoundsVisitEveryTableInTurn() {
        List<BatchPlanner.Batch> batches = plan(new BatchPlanner(0, 3, 5, 4, 2));
        assertThat(batches.get(0).slices()).containsExactly(new BatchPlanner.Slice(0, 0, 2),
                new BatchPlanner.Slice(1, 0, 2));
        assertThat(batches.get(1).slices()).containsExactly(new BatchPlanner.Slice(2, 0, 2));
        assertThat(batches.get(1).endsRound()).isTrue();
        assertThat(batches.get(batches.size() - 1).slices()).containsExactly(new BatchPlanner.Slice(0, 4, 1),
                new BatchPlanner.Slice(1, 4, 1), new BatchPlanner.Slice(2, 4, 1));
        assertThat(batches.stream().filter(BatchPlanner.Batch::endsRound).count()).isEqualTo(3);
        assertCoversEveryRowOnce(batches, 0, 3, 5, 4);
    }

    @Test
    void interlaceLargerThanTheRequestSplitsATablesShare() {
        List<BatchPlanner.Batch> batches = plan(new BatchPlanner(0, 2, 7, 2, 3));
        assertCoversEveryRowOnce(batches, 0, 2, 7, 2);
        assertThat(batches.get(0).slices()).containsExactly(new BatchPlanner.Slice(0, 0, 2));
        assertThat(batches.get(1).slices()).containsExactly(new BatchPlanner.Slice(0, 2, 1),
                new BatchPlanner.Slice(1, 0, 1));
    }

    @Test
    void noRowsMeansNoRequests() {
        assertThat(new BatchPlanner(0, 5, 0, 10, 0).hasNext()).isFalse();
    }

    private static List<BatchPlanner.Batch> plan(BatchPlanner planner) {
        List<BatchPlanner.Batch> out = new ArrayList<>();
        planner.forEachRemaining(out::add);
        return out;
    }

    private static void assertCoversEveryRowOnce(List<BatchPlanner.Batch> batches, int from, int to, long rows,
            int perRequest) {
        int[][] seen = new int[to][(int) rows];
        for (BatchPlanner.Batch b : batches) {
            assertThat(b.rows()).isBetween(1L, (long) perRequest);
            for (BatchPlanner.Slice s : b.slices()) {
                for (long r = s.firstRow(); r < s.firstRow() + s.rows(); r++) {
                    seen[s.table()][(int) r]++;
                }
            }
        }
        for (int t = from; t < to; t++) {
            for (int r = 0; r < rows; r++) {
                assertThat(seen[t][r]).as("table %d row %d", t, r).isEqualTo(1);
            }
        }
    }
}
