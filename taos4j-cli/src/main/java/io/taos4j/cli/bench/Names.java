package io.taos4j.cli.bench;

import io.taos4j.cli.shell.SqlWords;

/** Identifiers in generated SQL: plain when they can be, back-quoted when they must be. */
final class Names {
    private Names() {
    }

    /** The name plain ({@code meters}) when it is a simple identifier and no keyword, else back-quoted. */
    static String quote(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") && !SqlWords.isKeyword(name) ? name : always(name);
    }

    /** The name back-quoted ({@code `on`}), as column and tag names are in the CREATE statement. */
    static String always(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
