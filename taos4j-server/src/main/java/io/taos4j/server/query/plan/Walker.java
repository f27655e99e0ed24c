package io.taos4j.server.query.plan;

import io.taos4j.server.sql.ast.Expr;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

/**
 * Visits an expression tree in pre-order without recursion (expression chains such as a 100,000-term sum nest very
 * deep). The visitor returns false to skip a node's children.
 */
final class Walker {
    private Walker() {
    }

    static void walk(Expr root, Predicate<Expr> visitor) {
        if (root == null) {
            return;
        }
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Expr e = stack.pop();
            if (!visitor.test(e)) {
                continue;
            }
            if (e instanceof Expr.FunctionCall f) {
                for (int i = f.args().size() - 1; i >= 0; i--) {
                    stack.push(f.args().get(i));
                }
            } else if (e instanceof Expr.Binary b) {
                stack.push(b.right());
                stack.push(b.left());
            } else if (e instanceof Expr.Unary u) {
                stack.push(u.operand());
            } else if (e instanceof Expr.Aliased a) {
                stack.push(a.expr());
            } else if (e instanceof Expr.Cast c) {
                stack.push(c.expr());
            } else if (e instanceof Expr.Trim t) {
                stack.push(t.source());
                if (t.chars() != null) {
                    stack.push(t.chars());
                }
            } else if (e instanceof Expr.Between b) {
                stack.push(b.high());
                stack.push(b.low());
                stack.push(b.expr());
            } else if (e instanceof Expr.InList in) {
                for (int i = in.values().size() - 1; i >= 0; i--) {
                    stack.push(in.values().get(i));
                }
                stack.push(in.expr());
            } else if (e instanceof Expr.IsNull n) {
                stack.push(n.expr());
            } else if (e instanceof Expr.Case c) {
                if (c.elseExpr() != null) {
                    stack.push(c.elseExpr());
                }
                for (int i = c.whens().size() - 1; i >= 0; i--) {
                    stack.push(c.whens().get(i).then());
                    stack.push(c.whens().get(i).when());
                }
                if (c.operand() != null) {
                    stack.push(c.operand());
                }
            }
        }
    }
}
