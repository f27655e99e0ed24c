package io.taos4j.server.query.exec;

import io.taos4j.protocol.TaosType;
import io.taos4j.protocol.column.ColumnVector;
import io.taos4j.protocol.column.LongVector;
import io.taos4j.server.query.Batch;
import io.taos4j.server.query.EvalContext;
import io.taos4j.server.query.Operator;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.Kernels;
import io.taos4j.server.query.expr.Logical;
import io.taos4j.server.type.DataType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins two inputs on their primary timestamps (tdengine-sql.md §6.9). Both sides are read into memory and ordered
 * by (group, key); every row of the driving side then finds its candidates in the other side as one contiguous run
 * of that order, by a merge walk for equality joins and by binary search for ASOF and WINDOW joins. No nested loops
 * over whole inputs: work is proportional to the input sizes plus the pairs examined.
 *
 * <p>Output batches hold the driving side's columns, then the other side's, then (if requested) a BIGINT column
 * numbering driving rows (window joins group their aggregates by it). Missing sides are NULL. Rows come out in
 * driving (group, key) order; FULL joins append the unmatched rows of the other side at the end.
 */
public final class MergeJoin implements Operator {
    private static final int BATCH_PAIRS = 4096;

    /** The join type, seen from the driving side (RIGHT joins are planned with the right table driving). */
    public enum Kind { INNER, OUTER, SEMI, ANTI, ASOF, WINDOW, FULL }

    /** How an ASOF join matches: {@code other.key OP driving.key}, taking the closest rows. */
    public enum AsofOp { LT, LE, EQ, GE, GT }

    /**
     * What to join and how.
     *
     * @param kind          the join type
     * @param drivingTypes  column types of the driving input
     * @param otherTypes    column types of the other input
     * @param drivingKey    key of the driving input (its primary timestamp, or a truncation of it)
     * @param otherKey      key of the other input
     * @param drivingGroups grouping expressions of the driving input, aligned with {@code otherGroups}
     * @param otherGroups   grouping expressions of the other input
     * @param residual      further ON conditions over [driving columns 0..drivingCond), then other columns
     *                      0..otherCond)], or null
     * @param drivingCond   how many leading driving columns {@code residual} reads
     * @param otherCond     how many leading other columns {@code residual} reads
     * @param asof          ASOF match rule (ASOF only)
     * @param windowStart   WINDOW offset of the window start from the driving key, in ticks
     * @param windowEnd     WINDOW offset of the (inclusive) window end
     * @param limit         ASOF/WINDOW: most matches per driving row, -1 for no limit
     * @param rowIds        append the driving-row number column
     */
    public record Spec(Kind kind, List<DataType> drivingTypes, List<DataType> otherTypes, Expression drivingKey,
                       Expression otherKey, List<Expression> drivingGroups, List<Expression> otherGroups,
                       Expression residual, int drivingCond, int otherCond, AsofOp asof, long windowStart,
                       long windowEnd, int limit, boolean rowIds) {
        public Spec {
            drivingTypes = List.copyOf(drivingTypes);
            otherTypes = List.copyOf(otherTypes);
            drivingGroups = List.copyOf(drivingGroups);
            otherGroups = List.copyOf(otherGroups);
        }
    }

    private final Operator drivingInput;
    private final Operator otherInput;
    private final Spec spec;
    private final EvalContext ctx;

    private JoinInput driving;
    private JoinInput other;
    private int[][] otherRanges;
    private boolean[] otherMatched;
    /** Next position in the driving order. */
    private int position;
    /** Merge cursor in the other order (equality joins). */
    private int cursor;
    /** Next position of the other order to check for the FULL join tail. */
    private int tail;

    public MergeJoin(Operator driving, Operator other, Spec spec, EvalContext ctx) {
        this.drivingInput = driving;
        this.otherInput = other;
        this.spec = spec;
        this.ctx = ctx;
    }

    @Override
    public Batch next() {
        if (spec.limit() == 0) {
            // JLIMIT 0: TDengine makes the query's result empty
            return null;
        }
        if (driving == null) {
            Map<Object, Integer> groupIds = new HashMap<>();
            driving = JoinInput.read(drivingInput, spec.drivingTypes(), spec.drivingKey(), spec.drivingGroups(),
                    groupIds, ctx);
            other = JoinInput.read(otherInput, spec.otherTypes(), spec.otherKey(), spec.otherGroups(), groupIds,
                    ctx);
            otherRanges = other.groupRanges(spec.drivingGroups().isEmpty() ? 1 : groupIds.size());
            if (spec.kind() == Kind.FULL) {
                otherMatched = new boolean[other.size];
            }
        }
        while (position < driving.size) {
            Batch b = nextDriving();
            if (b != null) {
                return b;
            }
        }
        if (spec.kind() == Kind.FULL) {
            return fullTail();
        }
        return null;
    }

    /** Pairs up a run of driving rows; null when none of them produced output. */
    private Batch nextDriving() {
        PairBuffer candidates = new PairBuffer();
        while (position < driving.size && candidates.size < BATCH_PAIRS) {
            int d = driving.order[position++];
            int[] range = candidates(d);
            candidates.beginRow(d);
            for (int p = range[0]; p < range[1]; p++) {
                candidates.add(d, other.order[p]);
            }
            if (range[0] >= range[1]) {
                candidates.add(d, -1);
            }
        }
        boolean[] match = matches(candidates);
        PairBuffer out = new PairBuffer();
        for (int r = 0; r < candidates.rowCount; r++) {
            int from = candidates.rowStart[r];
            int to = r + 1 < candidates.rowCount ? candidates.rowStart[r + 1] : candidates.size;
            int d = candidates.left[from];
            boolean any = false;
            for (int i = from; i < to; i++) {
                if (!match[i]) {
                    continue;
                }
                if (spec.kind() == Kind.ANTI) {
                    any = true;
                    break;
                }
                out.add(d, candidates.right[i]);
                any = true;
                if (otherMatched != null) {
                    otherMatched[candidates.right[i]] = true;
                }
                if (spec.kind() == Kind.SEMI) {
                    break;
                }
            }
            if (!any && spec.kind() != Kind.INNER && spec.kind() != Kind.SEMI) {
                out.add(d, -1);
            }
        }
        return out.size == 0 ? null : output(out.left, out.right, out.size);
    }

    /** Which candidate pairs satisfy the join: a real partner and, if any, the residual condition. */
    private boolean[] matches(PairBuffer c) {
        boolean[] match = new boolean[c.size];
        for (int i = 0; i < c.size; i++) {
            match[i] = c.right[i] >= 0;
        }
        if (spec.residual() != null && c.size > 0) {
            ColumnVector[] cols = new ColumnVector[spec.drivingCond() + spec.otherCond()];
            for (int i = 0; i < spec.drivingCond(); i++) {
                cols[i] = gather(driving.rows.column(i), c.left, c.size);
            }
            for (int i = 0; i < spec.otherCond(); i++) {
                cols[spec.drivingCond() + i] = gather(other.rows.column(i), c.right, c.size);
            }
            ColumnVector keep = Logical.truthOf(spec.residual(), new Batch(cols, c.size), ctx);
            for (int i = 0; i < c.size; i++) {
                match[i] &= Kernels.isTrue(keep, i);
            }
        }
        return match;
    }

    /** The candidate run {@code [start, end)} of the other order for driving row {@code d}. */
    private int[] candidates(int d) {
        int g = driving.groups[d];
        if (g < 0 || g >= otherRanges[0].length) {
            return new int[] {0, 0};
        }
        int gs = otherRanges[0][g];
        int ge = otherRanges[1][g];
        long k = driving.keys[d];
        int limit = spec.limit() < 0 ? Integer.MAX_VALUE : spec.limit();
        return switch (spec.kind()) {
            case ASOF -> asof(gs, ge, k, limit);
            case WINDOW -> {
                int from = other.lowerBound(gs, ge, saturatedAdd(k, spec.windowStart()));
                int to = other.upperBound(gs, ge, saturatedAdd(k, spec.windowEnd()));
                yield new int[] {from, (int) Math.min(to, (long) from + limit)};
            }
            default -> equalRun(g, k);
        };
    }

    private int[] asof(int gs, int ge, long k, int limit) {
        return switch (spec.asof()) {
            case LE -> {
                int to = other.upperBound(gs, ge, k);
                yield new int[] {(int) Math.max(gs, (long) to - limit), to};
            }
            case LT -> {
                int to = other.lowerBound(gs, ge, k);
                yield new int[] {(int) Math.max(gs, (long) to - limit), to};
            }
            case EQ -> {
                int from = other.lowerBound(gs, ge, k);
                int to = other.upperBound(gs, ge, k);
                yield new int[] {from, (int) Math.min(to, (long) from + limit)};
            }
            case GE -> {
                int from = other.lowerBound(gs, ge, k);
                yield new int[] {from, (int) Math.min(ge, (long) from + limit)};
            }
            case GT -> {
                int from = other.upperBound(gs, ge, k);
                yield new int[] {from, (int) Math.min(ge, (long) from + limit)};
            }
        };
    }

    /** Equality joins: advance the merge cursor to the other side's run of (group, key). */
    private int[] equalRun(int g, long k) {
        int[] order = other.order;
        int n = other.size;
        while (cursor < n && (other.groups[order[cursor]] < g
                || other.groups[order[cursor]] == g && other.keys[order[cursor]] < k)) {
            cursor++;
        }
        int end = cursor;
        while (end < n && other.groups[order[end]] == g && other.keys[order[end]] == k) {
            end++;
        }
        return new int[] {cursor, end};
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return r;
    }

    private Batch fullTail() {
        PairBuffer out = new PairBuffer();
        while (tail < other.size && out.size < BATCH_PAIRS) {
            int o = other.order[tail++];
            if (!otherMatched[o]) {
                out.add(-1, o);
            }
        }
        if (out.size > 0) {
            return output(out.left, out.right, out.size);
        }
        return tail < other.size ? fullTail() : null;
    }

    private Batch output(int[] left, int[] right, int n) {
        int dc = spec.drivingTypes().size();
        int oc = spec.otherTypes().size();
        ColumnVector[] cols = new ColumnVector[dc + oc + (spec.rowIds() ? 1 : 0)];
        for (int i = 0; i < dc; i++) {
            cols[i] = gather(driving.rows.column(i), left, n);
        }
        for (int i = 0; i < oc; i++) {
            cols[dc + i] = gather(other.rows.column(i), right, n);
        }
        if (spec.rowIds()) {
            LongVector ids = new LongVector(TaosType.BIGINT, n);
            for (int i = 0; i < n; i++) {
                ids.append(left[i]);
            }
            cols[dc + oc] = ids;
        }
        return new Batch(cols, n);
    }

    /** The rows of {@code v} at {@code rows[0..n)}; a negative index gives NULL. */
    static ColumnVector gather(ColumnVector v, int[] rows, int n) {
        ColumnVector out = v.newEmpty(n);
        for (int i = 0; i < n; i++) {
            if (rows[i] < 0) {
                out.appendNull();
            } else {
                out.appendFrom(v, rows[i]);
            }
        }
        return out;
    }

    @Override
    public void close() {
        drivingInput.close();
        otherInput.close();
    }

    /** Growing parallel arrays of (driving row, other row) pairs, with the start of each driving row's pairs. */
    private static final class PairBuffer {
        int[] left = new int[64];
        int[] right = new int[64];
        int size;
        int[] rowStart = new int[16];
        int rowCount;

        void beginRow(int d) {
            if (rowCount == rowStart.length) {
                rowStart = java.util.Arrays.copyOf(rowStart, rowCount * 2);
            }
            rowStart[rowCount++] = size;
        }

        void add(int l, int r) {
            if (size == left.length) {
                left = java.util.Arrays.copyOf(left, size * 2);
                right = java.util.Arrays.copyOf(right, size * 2);
            }
            left[size] = l;
            right[size] = r;
            size++;
        }
    }
}
