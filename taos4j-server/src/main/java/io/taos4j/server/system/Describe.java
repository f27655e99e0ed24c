package io.taos4j.server.system;

import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.query.Field;
import java.util.List;

/**
 * The result of {@code DESCRIBE t} (tdengine-sql.md §12.2): one row per data column, then one per tag. Super, child
 * and normal tables all get the seven columns below, and a child table's rows are its super table's. Stateless.
 */
public final class Describe {
    /** Columns for user tables, with the lengths 3.3.7.5 reports. */
    public static final List<Field> FIELDS = Columns.parse("field VARCHAR(325), type VARCHAR(20), length INT,"
            + " note VARCHAR(16), encode VARCHAR(12), compress VARCHAR(12), level VARCHAR(12)");
    /** Columns for system tables, which have no compression settings. */
    public static final List<Field> SYSTEM_FIELDS = FIELDS.subList(0, 4);

    private static final String TAG = "TAG";
    private static final String COMPOSITE_KEY = "COMPOSITE KEY";
    private static final String DISABLED = "disabled";

    private Describe() {
    }

    /** DESCRIBE of a super, child or normal table. */
    public static ResultData of(TableEntry table) {
        TableSchema schema = table.schema();
        Rows out = new Rows(FIELDS);
        List<Column> columns = schema.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String note = i == 1 && c.compositeKey() ? COMPOSITE_KEY : "";
            out.add(c.name(), c.type().describeName(), (long) c.type().describeLength(), note, c.encode(),
                    c.compress(), c.level());
        }
        for (Column t : schema.tags()) {
            out.add(t.name(), t.type().describeName(), (long) t.type().describeLength(), TAG, DISABLED, DISABLED,
                    DISABLED);
        }
        return out.result();
    }

    /** DESCRIBE of an {@code information_schema} or {@code performance_schema} table: four columns. */
    public static ResultData of(SystemTable table) {
        Rows out = new Rows(SYSTEM_FIELDS);
        for (Field f : table.fields()) {
            out.add(f.name(), f.type().describeName(), (long) f.type().describeLength(), "");
        }
        return out.result();
    }
}
