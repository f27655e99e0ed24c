package io.taos4j;

/** Quoting of SQL identifiers with backquotes, so any name is safe to splice into SQL. */
public final class Identifiers {
    private Identifiers() {
    }

    /** {@code name} in backquotes with embedded backquotes doubled: {@code my`db} becomes {@code `my``db`}. */
    public static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
