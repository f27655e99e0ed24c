package io.taos4j;

/**
 * One line of {@code DESCRIBE <table>}: a column or a tag.
 *
 * @param name   the column or tag name
 * @param type   the type as TDengine writes it, e.g. {@code TIMESTAMP}, {@code VARCHAR}
 * @param length the byte length (declared length for VARCHAR, NCHAR, VARBINARY, GEOMETRY)
 * @param note   {@code TAG} for tags, {@code ""} for columns (TDengine may add other notes)
 */
public record TableColumn(@TaosColumn("field") String name, String type, int length, String note) {

    /** True for a tag of a super or child table. */
    public boolean isTag() {
        return "TAG".equalsIgnoreCase(note);
    }
}
