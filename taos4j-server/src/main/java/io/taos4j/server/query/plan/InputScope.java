package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.InputRef;
import io.taos4j.server.query.expr.Literal;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves column references against a FROM source and records which columns the query uses: the scan reads only
 * those, in the order they were first used ({@link #used()}). The primary timestamp, when the source has one, is
 * always column 0.
 */
final class InputScope implements ExprBinder.Resolver {
    private final Relation relation;
    private final List<ColumnInfo> used = new ArrayList<>();
    private final ColumnInfo timestamp;
    /** The query time range, for {@code _qstart}/{@code _qend}; null while binding WHERE. */
    private TimeRange range;

    InputScope(Relation relation) {
        this.relation = relation;
        this.timestamp = relation.timestamp();
        if (timestamp != null) {
            used.add(timestamp);
        }
    }

    Relation relation() {
        return relation;
    }

    /** Columns to read, in slot order. */
    List<ColumnInfo> used() {
        return used;
    }

    /** Slot of the primary timestamp (0), or -1 when the source has none. */
    int timestampSlot() {
        return timestamp == null ? -1 : 0;
    }

    void setRange(TimeRange range) {
        this.range = range;
    }

    /** The slot of a column, adding it to the used columns on first use. */
    int slot(ColumnInfo c) {
        int i = used.indexOf(c);
        if (i < 0) {
            used.add(c);
            i = used.size() - 1;
        }
        return i;
    }

    Expression ref(ColumnInfo c) {
        return new InputRef(slot(c), c.type());
    }

    /** The column a reference names, or null. */
    ColumnInfo find(Expr.ColumnRef ref) {
        if (relation instanceof JoinRelation && ref.qualifier() == null) {
            return findUnqualifiedInJoin(ref);
        }
        for (ColumnInfo c : relation.columns()) {
            if (c.kind() == ColumnInfo.Kind.TBNAME) {
                continue;
            }
            if (c.name().equals(ref.name()) && (ref.qualifier() == null || ref.qualifier().equals(c.qualifier()))) {
                return c;
            }
        }
        return null;
    }

    /** In a join an unqualified name must belong to one side only (0x2604 otherwise). */
    private ColumnInfo findUnqualifiedInJoin(Expr.ColumnRef ref) {
        ColumnInfo found = null;
        for (ColumnInfo c : relation.columns()) {
            if (c.kind() != ColumnInfo.Kind.TBNAME && c.name().equals(ref.name())) {
                if (found != null) {
                    throw SqlError.of(TaosError.PAR_AMBIGUOUS_COLUMN,
                            TaosError.PAR_AMBIGUOUS_COLUMN.text() + ": " + ref.name());
                }
                found = c;
            }
        }
        return found;
    }

    /** The column info behind a column reference or pseudo-column, or null when it is neither. */
    ColumnInfo columnOf(Expr e) {
        if (e instanceof Expr.ColumnRef c) {
            return find(c);
        }
        if (e instanceof Expr.PseudoColumn p) {
            if (p.name().equals("tbname")) {
                return relation instanceof JoinRelation ? JoinSide.find(relation, p) : tbname();
            }
            if (p.name().equals("_c0") || p.name().equals("_rowts")) {
                return timestamp;
            }
        }
        return null;
    }

    ColumnInfo tbname() {
        for (ColumnInfo c : relation.columns()) {
            if (c.kind() == ColumnInfo.Kind.TBNAME) {
                return c;
            }
        }
        return null;
    }

    @Override
    public Expression resolve(Expr node, ExprBinder binder) {
        if (node instanceof Expr.ColumnRef ref) {
            ColumnInfo c = find(ref);
            if (c == null) {
                throw SqlError.of(TaosError.PAR_INVALID_COLUMN, TaosError.PAR_INVALID_COLUMN.format(ref.name()));
            }
            return ref(c);
        }
        if (node instanceof Expr.PseudoColumn p) {
            switch (p.name()) {
                case "tbname" -> {
                    ColumnInfo t = relation instanceof JoinRelation ? JoinSide.find(relation, p) : tbname();
                    if (t == null) {
                        throw SqlError.of(TaosError.PAR_INVALID_TBNAME);
                    }
                    return ref(t);
                }
                case "_c0", "_rowts" -> {
                    if (timestamp == null) {
                        throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, "Illegal pseudo column: " + p.name());
                    }
                    return ref(timestamp);
                }
                case "_qstart", "_qend" -> {
                    if (range == null) {
                        throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, "Illegal pseudo column");
                    }
                    Long v = p.name().equals("_qstart") ? range.startOrNull() : range.endOrNull();
                    return new Literal(v, DataType.TIMESTAMP);
                }
                default -> throw SqlError.of(TaosError.PAR_NOT_ALLOWED_FUNC, "Illegal pseudo column: " + p.name());
            }
        }
        return null;
    }
}
