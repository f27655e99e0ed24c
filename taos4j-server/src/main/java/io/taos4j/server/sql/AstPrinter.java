package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Fill;
import io.taos4j.server.sql.ast.FromItem;
import io.taos4j.server.sql.ast.Interp;
import io.taos4j.server.sql.ast.Limit;
import io.taos4j.server.sql.ast.OrderItem;
import io.taos4j.server.sql.ast.PartitionItem;
import io.taos4j.server.sql.ast.Query;
import io.taos4j.server.sql.ast.SelectItem;
import io.taos4j.server.sql.ast.Statement;
import io.taos4j.server.sql.ast.TableName;
import io.taos4j.server.sql.ast.TypeSpec;
import io.taos4j.server.sql.ast.Window;
import java.util.List;
import java.util.Locale;

/**
 * A compact, deterministic S-expression rendering of the AST, e.g.
 * {@code (select (items (col ts) (call count *)) (from (table meters)) (window (interval 10s)) (fill prev))}.
 * Spans are not printed. Used by the parser's golden tests and for diagnostics. Stateless, thread-safe.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();

    private AstPrinter() {
    }

    public static String print(Statement statement) {
        AstPrinter p = new AstPrinter();
        p.statement(statement);
        return p.out.toString();
    }

    public static String print(Expr expr) {
        AstPrinter p = new AstPrinter();
        p.expr(expr);
        return p.out.toString();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    AstPrinter open(String head) {
        out.append('(').append(head);
        return this;
    }

    AstPrinter close() {
        out.append(')');
        return this;
    }

    AstPrinter word(String w) {
        out.append(' ').append(w);
        return this;
    }

    AstPrinter flag(boolean on, String w) {
        return on ? word(w) : this;
    }

    AstPrinter name(String name) {
        out.append(' ');
        appendName(name);
        return this;
    }

    /** Appends a name without a leading space, back-quoted unless it is a plain lower-case word. */
    AstPrinter bareName(String name) {
        appendName(name);
        return this;
    }

    private void appendName(String name) {
        if (isPlain(name)) {
            out.append(name);
        } else {
            out.append('`').append(name.replace("`", "``")).append('`');
        }
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty() || Lexer.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || Lexer.isDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    AstPrinter qualified(String qualifier, String name) {
        out.append(' ');
        if (qualifier != null) {
            appendName(qualifier);
            out.append('.');
        }
        appendName(name);
        return this;
    }

    AstPrinter table(TableName t) {
        return qualified(t.db(), t.name());
    }

    AstPrinter string(String s) {
        out.append(' ');
        quote(s);
        return this;
    }

    private void quote(String s) {
        out.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        out.append('\'');
    }

    AstPrinter sub(Expr e) {
        out.append(' ');
        expr(e);
        return this;
    }

    AstPrinter optional(String head, Expr e) {
        if (e != null) {
            out.append(" (").append(head);
            sub(e);
            out.append(')');
        }
        return this;
    }

    AstPrinter list(String head, List<Expr> exprs) {
        out.append(" (").append(head);
        for (Expr e : exprs) {
            sub(e);
        }
        out.append(')');
        return this;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---- expressions -------------------------------------------------------------------------------------------

    void expr(Expr e) {
        if (e instanceof Expr.IntLiteral i) {
            out.append(i.unsigned() ? Long.toUnsignedString(i.value()) + "u" : Long.toString(i.value()));
        } else if (e instanceof Expr.DoubleLiteral d) {
            out.append(d.value());
        } else if (e instanceof Expr.StringLiteral s) {
            quote(s.value());
        } else if (e instanceof Expr.BoolLiteral b) {
            out.append(b.value());
        } else if (e instanceof Expr.NullLiteral) {
            out.append("null");
        } else if (e instanceof Expr.DurationLiteral d) {
            out.append(d.amount()).append(d.unit());
        } else if (e instanceof Expr.TimestampLiteral t) {
            open("timestamp").string(t.text()).close();
        } else if (e instanceof Expr.Placeholder p) {
            out.append('?').append(p.index());
        } else if (e instanceof Expr.ColumnRef c) {
            open("col").qualified(c.qualifier(), c.name()).close();
        } else if (e instanceof Expr.PseudoColumn p) {
            open("pseudo").qualified(p.qualifier(), p.name()).close();
        } else if (e instanceof Expr.Star s) {
            if (s.qualifier() != null) {
                appendName(s.qualifier());
                out.append('.');
            }
            out.append('*');
        } else if (e instanceof Expr.FunctionCall f) {
            open("call").name(f.name());
            f.args().forEach(this::sub);
            flag(f.noParens(), ":noparens").flag(f.distinct(), ":distinct").close();
        } else if (e instanceof Expr.Aliased a) {
            open("as").sub(a.expr()).name(a.alias()).close();
        } else if (e instanceof Expr.Trim t) {
            open("trim").word(lower(t.mode()));
            if (t.chars() != null) {
                sub(t.chars());
            }
            sub(t.source()).close();
        } else if (e instanceof Expr.Cast c) {
            open("cast").sub(c.expr()).word(type(c.type())).close();
        } else if (e instanceof Expr.Unary u) {
            open(u.op() == Expr.UnaryOp.NEG ? "neg" : "not").sub(u.operand()).close();
        } else if (e instanceof Expr.Binary b) {
            open(b.op().symbol().replace(' ', '-')).sub(b.left()).sub(b.right()).close();
        } else if (e instanceof Expr.Between b) {
            open(b.not() ? "not-between" : "between").sub(b.expr()).sub(b.low()).sub(b.high()).close();
        } else if (e instanceof Expr.InList in) {
            open(in.not() ? "not-in" : "in").sub(in.expr());
            out.append(" (");
            for (int i = 0; i < in.values().size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                expr(in.values().get(i));
            }
            out.append(')');
            close();
        } else if (e instanceof Expr.IsNull n) {
            open(n.not() ? "is-not-null" : "is-null").sub(n.expr()).close();
        } else if (e instanceof Expr.Case c) {
            open("case");
            if (c.operand() != null) {
                sub(c.operand());
            }
            for (Expr.WhenClause w : c.whens()) {
                out.append(" (when");
                sub(w.when()).sub(w.then());
                out.append(')');
            }
            optional("else", c.elseExpr()).close();
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    static String type(TypeSpec t) {
        String name = t.type().sqlName().toLowerCase(Locale.ROOT).replace(' ', '-');
        if (t.type().isDecimal()) {
            return "decimal(" + t.precision() + "," + t.scale() + ")";
        }
        return t.length() > 0 ? name + "(" + t.length() + ")" : name;
    }

    // ---- queries -----------------------------------------------------------------------------------------------

    void query(Query q) {
        if (q instanceof Query.SetOperation u) {
            open(u.all() ? "union-all" : "union");
            out.append(' ');
            query(u.left());
            out.append(' ');
            query(u.right());
            tail(u.orderBy(), u.slimit(), u.limit());
            close();
            return;
        }
        Query.Select s = (Query.Select) q;
        open("select").flag(s.distinct(), "distinct").flag(s.tagsKeyword(), "tags");
        if (!s.hints().isEmpty()) {
            out.append(" (hints");
            s.hints().forEach(h -> {
                out.append(" (").append(h.name());
                h.params().forEach(this::word);
                out.append(')');
            });
            out.append(')');
        }
        out.append(" (items");
        for (SelectItem item : s.items()) {
            selectItem(item);
        }
        out.append(')');
        if (s.from() != null) {
            out.append(" (from ");
            from(s.from());
            out.append(')');
        }
        optional("where", s.where());
        if (!s.partitionBy().isEmpty()) {
            out.append(" (partition-by");
            for (PartitionItem p : s.partitionBy()) {
                if (p.alias() == null) {
                    sub(p.expr());
                } else {
                    out.append(" (as");
                    sub(p.expr()).name(p.alias());
                    out.append(')');
                }
            }
            out.append(')');
        }
        interp(s.interp());
        if (s.window() != null) {
            out.append(" (window ");
            window(s.window());
            out.append(')');
        }
        fill(s.fill());
        if (!s.groupBy().isEmpty()) {
            list("group-by", s.groupBy());
        }
        optional("having", s.having());
        tail(s.orderBy(), s.slimit(), s.limit());
        close();
    }

    void selectItem(SelectItem item) {
        if (item.alias() == null) {
            sub(item.expr());
        } else {
            out.append(" (as");
            sub(item.expr()).name(item.alias());
            out.append(')');
        }
    }

    private void tail(List<OrderItem> orderBy, Limit slimit, Limit limit) {
        if (!orderBy.isEmpty()) {
            out.append(" (order-by");
            for (OrderItem o : orderBy) {
                out.append(o.ascending() ? " (asc" : " (desc");
                sub(o.expr());
                if (o.nullsFirst() != null) {
                    word(o.nullsFirst() ? "nulls-first" : "nulls-last");
                }
                out.append(')');
            }
            out.append(')');
        }
        limit("slimit", slimit);
        limit("limit", limit);
    }

    private void limit(String head, Limit l) {
        if (l != null) {
            out.append(" (").append(head).append(' ').append(l.count());
            if (l.offset() != 0) {
                out.append(' ').append(l.offset());
            }
            out.append(')');
        }
    }

    private void interp(Interp i) {
        if (i == null) {
            return;
        }
        if (i.rangeStart() != null) {
            out.append(" (range");
            sub(i.rangeStart());
            if (i.rangeEnd() != null) {
                sub(i.rangeEnd());
            }
            if (i.around() != null) {
                sub(i.around());
            }
            out.append(')');
        }
        optional("every", i.every());
    }

    private void fill(Fill f) {
        if (f != null) {
            out.append(" (fill ").append(lower(f.mode()));
            f.values().forEach(this::sub);
            out.append(')');
        }
    }

    private void window(Window w) {
        if (w instanceof Window.Interval i) {
            open("interval").sub(i.length());
            if (i.offset() != null) {
                sub(i.offset());
            }
            flag(i.autoOffset(), "auto").optional("sliding", i.sliding()).close();
        } else if (w instanceof Window.SessionWindow s) {
            open("session").sub(s.ts()).sub(s.gap()).close();
        } else if (w instanceof Window.StateWindow s) {
            open("state-window").sub(s.expr()).optional("extend", s.extend()).optional("true-for", s.trueFor())
                    .close();
        } else if (w instanceof Window.EventWindow e) {
            open("event-window").optional("start", e.start()).optional("end", e.end())
                    .optional("true-for", e.trueFor()).close();
        } else {
            Window.CountWindow c = (Window.CountWindow) w;
            open("count-window").word(Long.toString(c.count()));
            if (c.sliding() != null) {
                word(Long.toString(c.sliding()));
            }
            if (!c.columns().isEmpty()) {
                list("cols", c.columns());
            }
            close();
        }
    }

    void from(FromItem f) {
        if (f instanceof FromItem.TableRef t) {
            open("table").qualified(t.db(), t.table());
            if (t.alias() != null) {
                word("as").name(t.alias());
            }
            close();
        } else if (f instanceof FromItem.SubqueryRef s) {
            open("subquery");
            out.append(' ');
            query(s.query());
            if (s.alias() != null) {
                word("as").name(s.alias());
            }
            close();
        } else {
            FromItem.JoinRef j = (FromItem.JoinRef) f;
            String kind = lower(j.type()) + (j.subtype() == FromItem.JoinSubtype.NONE ? "" : "-" + lower(j.subtype()));
            open("join").word(kind);
            out.append(' ');
            from(j.left());
            out.append(' ');
            from(j.right());
            optional("on", j.on());
            if (j.windowOffsetStart() != null) {
                out.append(' ');
                open("window-offset").sub(j.windowOffsetStart()).sub(j.windowOffsetEnd()).close();
            }
            if (j.jlimit() != null) {
                out.append(" (jlimit ").append(j.jlimit()).append(')');
            }
            close();
        }
    }

    // ---- statements --------------------------------------------------------------------------------------------

    void statement(Statement s) {
        if (s instanceof Query q) {
            query(q);
        } else {
            StatementPrinter.print(this, s);
        }
    }

    StringBuilder out() {
        return out;
    }
}
