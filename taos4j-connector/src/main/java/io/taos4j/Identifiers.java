package io.taos4j;

import io.taos4j.protocol.TaosError;

/** Quoting of SQL identifiers with backquotes, so any name is safe to splice into SQL. */
public final class Identifiers {
    private Identifiers() {
    }

    /** {@code name} in backquotes with embedded backquotes doubled: {@code my`db} becomes {@code `my``db`}. */
    public static String quote(String name) {
        if (name == null || name.isEmpty()) {
            throw TaosException.of(TaosError.INVALID_PARA, "an identifier must not be empty");
        }
        return "`" + name.replace("`", "``") + "`";
    }

    /**
     * A possibly qualified name ({@code db.table}) with each part quoted: {@code power.meters} becomes
     * {@code `power`.`meters`}. A part already in backquotes is kept as written, so {@code `my.db`.t} names table
     * {@code t} in database {@code my.db}.
     *
     * @throws TaosException 0x0118 for an empty part or an unterminated backquote
     */
    public static String qualified(String name) {
        if (name == null || name.isEmpty()) {
            throw TaosException.of(TaosError.INVALID_PARA, "an identifier must not be empty");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < name.length() && name.charAt(i) == '`') {
                int j = i + 1;
                while (true) {
                    if (j >= name.length()) {
                        throw TaosException.of(TaosError.INVALID_PARA, "unterminated backquote in " + name);
                    }
                    if (name.charAt(j) == '`') {
                        if (j + 1 < name.length() && name.charAt(j + 1) == '`') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                out.append(name, i, j + 1);
                i = j + 1;
            } else {
                int dot = name.indexOf('.', i);
                int end = dot < 0 ? name.length() : dot;
                out.append(quote(name.substring(i, end)));
                i = end;
            }
            if (i >= name.length()) {
                return out.toString();
            }
            if (name.charAt(i) != '.') {
                throw TaosException.of(TaosError.INVALID_PARA, "unexpected text after a quoted part in " + name);
            }
            out.append('.');
            i++;
        }
    }
}
