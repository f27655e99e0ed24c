package io.taos4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The values one {@link Stmt2#bind} gives one table: its name (for statements with a table-name placeholder), its
 * tag values (used when the insert creates the child table) and its columns, which must all hold the same number of
 * rows. Tags are plain Java values converted to the tag types: {@link Boolean}, integers, {@link Float},
 * {@link Double}, {@link String}, {@code byte[]}, {@link java.time.Instant}, {@link java.math.BigDecimal},
 * {@code null} for NULL.
 *
 * @param name    the table name, {@code db.table} allowed; null when the statement names its table itself
 * @param tags    one value per tag placeholder, in placeholder order (elements may be null); never null
 * @param columns one view per column placeholder, in placeholder order; never null
 */
public record TableBind(String name, List<Object> tags, List<ColumnView> columns) {

    public TableBind {
        tags = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(tags, "tags")));
        columns = List.copyOf(columns);
    }

    /** Rows for a table named by the statement itself, without tags. */
    public static TableBind of(ColumnView... columns) {
        return new TableBind(null, List.of(), Arrays.asList(columns));
    }

    /** Rows for table {@code name}, without tags. */
    public static TableBind of(String name, ColumnView... columns) {
        return new TableBind(Objects.requireNonNull(name, "name"), List.of(), Arrays.asList(columns));
    }

    /** Rows for table {@code name} with tag values (elements may be null). */
    public static TableBind of(String name, List<?> tags, ColumnView... columns) {
        return new TableBind(Objects.requireNonNull(name, "name"), new ArrayList<>(tags), Arrays.asList(columns));
    }

    /** Rows of this table (0 without columns). */
    public int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).rows();
    }
}
