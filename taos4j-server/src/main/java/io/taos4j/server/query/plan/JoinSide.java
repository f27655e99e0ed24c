package io.taos4j.server.query.plan;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.query.expr.Expression;
import io.taos4j.server.query.expr.InputRef;
import io.taos4j.server.sql.SqlError;
import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One input of a join and the columns read from it, in slot order. Columns are matched by identity: the same
 * {@link ColumnInfo} object the outer query resolved. The columns join conditions read come first; a query adds
 * the columns it selects when it opens the join ({@link #copy()} keeps the planned prefix intact).
 */
final class JoinSide {
    private final Relation relation;
    private final Set<ColumnInfo> owned;
    private final List<ColumnInfo> layout;

    JoinSide(Relation relation) {
        this(relation, new ArrayList<>());
    }

    private JoinSide(Relation relation, List<ColumnInfo> layout) {
        this.relation = relation;
        this.layout = layout;
        Set<ColumnInfo> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(relation.columns());
        this.owned = set;
    }

    Relation relation() {
        return relation;
    }

    JoinSide copy() {
        return new JoinSide(relation, new ArrayList<>(layout));
    }

    boolean owns(ColumnInfo c) {
        return owned.contains(c);
    }

    /** The slot of {@code c}, adding it on first use. */
    int slot(ColumnInfo c) {
        for (int i = 0; i < layout.size(); i++) {
            if (layout.get(i) == c) {
                return i;
            }
        }
        layout.add(c);
        return layout.size() - 1;
    }

    int size() {
        return layout.size();
    }

    List<ColumnInfo> layout() {
        return layout;
    }

    List<DataType> types() {
        List<DataType> out = new ArrayList<>(layout.size());
        layout.forEach(c -> out.add(c.type()));
        return out;
    }

    /**
     * The column of this side a column reference or pseudo-column names, or null: {@code [t.]col}, {@code t.tbname}
     * (or a bare {@code tbname} when the side holds one table), {@code _c0}/{@code _rowts}.
     */
    ColumnInfo find(Expr e) {
        return find(relation, e);
    }

    static ColumnInfo find(Relation relation, Expr e) {
        if (e instanceof Expr.ColumnRef ref) {
            for (ColumnInfo c : relation.columns()) {
                if (c.kind() != ColumnInfo.Kind.TBNAME && c.name().equals(ref.name())
                        && (ref.qualifier() == null || ref.qualifier().equals(c.qualifier()))) {
                    return c;
                }
            }
            return null;
        }
        if (e instanceof Expr.PseudoColumn p) {
            if (p.name().equals("tbname")) {
                ColumnInfo found = null;
                for (ColumnInfo c : relation.columns()) {
                    if (c.kind() == ColumnInfo.Kind.TBNAME
                            && (p.qualifier() == null || p.qualifier().equals(c.qualifier()))) {
                        if (found != null) {
                            throw SqlError.of(TaosError.PAR_AMBIGUOUS_COLUMN,
                                    TaosError.PAR_AMBIGUOUS_COLUMN.text() + ": tbname");
                        }
                        found = c;
                    }
                }
                return found;
            }
            if ((p.name().equals("_c0") || p.name().equals("_rowts")) && p.qualifier() == null) {
                return relation.timestamp();
            }
        }
        return null;
    }

    /** Binds expressions of this side alone, reading (and registering) its columns by slot. */
    ExprBinder.Resolver resolver() {
        return (node, binder) -> {
            if (!(node instanceof Expr.ColumnRef) && !(node instanceof Expr.PseudoColumn)) {
                return null;
            }
            ColumnInfo c = find(node);
            if (c == null) {
                return null;
            }
            return new InputRef(slot(c), c.type());
        };
    }

    /** Binds expressions over a pair of rows: this side's columns, then {@code other}'s after {@code size()} slots. */
    ExprBinder.Resolver pairResolver(JoinSide other) {
        return (node, binder) -> {
            if (!(node instanceof Expr.ColumnRef) && !(node instanceof Expr.PseudoColumn)) {
                return null;
            }
            ColumnInfo c = find(node);
            if (c != null) {
                return new InputRef(indexOf(c), c.type());
            }
            c = other.find(node);
            return c == null ? null : new InputRef(size() + other.indexOf(c), c.type());
        };
    }

    private int indexOf(ColumnInfo c) {
        for (int i = 0; i < layout.size(); i++) {
            if (layout.get(i) == c) {
                return i;
            }
        }
        throw new IllegalStateException("column not registered: " + c);
    }

    /** Convenience for binding: an {@link InputRef} expression of {@code c}. */
    Expression ref(ColumnInfo c) {
        return new InputRef(slot(c), c.type());
    }
}
