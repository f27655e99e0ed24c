package io.taos4j.server.sql;

import io.taos4j.server.sql.ast.Expr;
import io.taos4j.server.sql.ast.Window;
import java.util.ArrayList;
import java.util.List;

/** Window clauses: INTERVAL/SLIDING, SESSION, STATE_WINDOW, EVENT_WINDOW, COUNT_WINDOW (tdengine-sql.md §6.7). */
final class Windows {
    private Windows() {
    }

    /** Parses a window clause at the cursor; null when there is none. */
    static Window parse(QueryParser p) {
        int start = p.here();
        switch (p.peek()) {
            case INTERVAL -> {
                p.pos++;
                p.expect(TokenType.LP);
                Expr length = durationLike(p);
                Expr offset = null;
                boolean auto = false;
                if (p.accept(TokenType.COMMA)) {
                    if (p.accept(TokenType.AUTO)) {
                        auto = true;
                    } else {
                        offset = durationLike(p);
                    }
                }
                p.expect(TokenType.RP);
                Expr sliding = null;
                if (p.accept(TokenType.SLIDING)) {
                    p.expect(TokenType.LP);
                    sliding = durationLike(p);
                    p.expect(TokenType.RP);
                }
                return new Window.Interval(p.spanFrom(start), length, offset, auto, sliding);
            }
            case SESSION -> {
                p.pos++;
                p.expect(TokenType.LP);
                Expr ts = p.columnReference();
                p.expect(TokenType.COMMA);
                Expr gap = durationLike(p);
                p.expect(TokenType.RP);
                return new Window.SessionWindow(p.spanFrom(start), ts, gap);
            }
            case STATE_WINDOW -> {
                p.pos++;
                p.expect(TokenType.LP);
                Expr state = p.value();
                Expr extend = null;
                if (p.accept(TokenType.COMMA)) {
                    int token = p.expect(TokenType.INTEGER_LITERAL);
                    extend = p.intLiteral(p.tokenSpan(token), token, false);
                }
                p.expect(TokenType.RP);
                return new Window.StateWindow(p.spanFrom(start), state, extend, trueFor(p));
            }
            case EVENT_WINDOW -> {
                p.pos++;
                p.expect(TokenType.START);
                p.expect(TokenType.WITH);
                Expr begin = p.condition();
                p.expect(TokenType.END);
                p.expect(TokenType.WITH);
                Expr end = p.condition();
                return new Window.EventWindow(p.spanFrom(start), begin, end, trueFor(p));
            }
            case COUNT_WINDOW -> {
                p.pos++;
                p.expect(TokenType.LP);
                long count = p.integer();
                Long sliding = null;
                List<Expr> columns = new ArrayList<>();
                while (p.accept(TokenType.COMMA)) {
                    if (columns.isEmpty() && sliding == null && p.at(TokenType.INTEGER_LITERAL)) {
                        sliding = p.integer();
                    } else {
                        columns.add(p.value());
                    }
                }
                p.expect(TokenType.RP);
                return new Window.CountWindow(p.spanFrom(start), count, sliding, columns);
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code [TRUE_FOR(duration)]}. */
    private static Expr trueFor(QueryParser p) {
        if (!p.accept(TokenType.TRUE_FOR)) {
            return null;
        }
        p.expect(TokenType.LP);
        Expr d = durationLike(p);
        p.expect(TokenType.RP);
        return d;
    }

    /** TDengine's {@code interval_sliding_duration_literal}: a duration, an integer (ticks) or a string. */
    static Expr durationLike(ParserBase p) {
        int token = p.pos;
        switch (p.peek()) {
            case DURATION_LITERAL -> {
                return p.duration();
            }
            case INTEGER_LITERAL -> {
                p.pos++;
                return p.intLiteral(p.tokenSpan(token), token, false);
            }
            case STRING -> {
                return p.stringLiteral();
            }
            default -> throw p.error();
        }
    }
}
