package io.taos4j.server.system;

/**
 * The {@code LIKE} matcher of {@code SHOW ... LIKE 'p'}: {@code %} matches any run of characters, {@code _} exactly
 * one, a backslash makes the next character literal. Letters compare ASCII-case-insensitively (tdengine-sql.md
 * §12.1: {@code show stables like 'METERS'} finds {@code meters}); other characters compare exactly. Stateless.
 */
public final class Like {
    private Like() {
    }

    /**
     * True when {@code text} matches {@code pattern} as a whole.
     *
     * @throws NullPointerException if either argument is null
     */
    public static boolean matches(String text, String pattern) {
        int[] t = text.codePoints().toArray();
        int[] p = pattern.codePoints().toArray();
        int ti = 0;
        int pi = 0;
        int starP = -1;
        int starT = -1;
        while (ti < t.length) {
            if (pi < p.length && p[pi] == '%') {
                starP = ++pi;
                starT = ti;
                continue;
            }
            if (pi < p.length && matchesOne(p, pi, t[ti])) {
                pi += p[pi] == '\\' && pi + 1 < p.length ? 2 : 1;
                ti++;
                continue;
            }
            if (starP < 0) {
                return false;
            }
            // backtrack: let the last % swallow one more character
            pi = starP;
            ti = ++starT;
        }
        while (pi < p.length && p[pi] == '%') {
            pi++;
        }
        return pi == p.length;
    }

    private static boolean matchesOne(int[] p, int pi, int c) {
        int q = p[pi];
        if (q == '\\' && pi + 1 < p.length) {
            return fold(p[pi + 1]) == fold(c);
        }
        return q == '_' || fold(q) == fold(c);
    }

    private static int fold(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
