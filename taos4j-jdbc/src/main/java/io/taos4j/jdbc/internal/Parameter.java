package io.taos4j.jdbc.internal;

/**
 * One bound parameter of a prepared statement, as the application gave it.
 *
 * @param value   the value (Boolean, Number, String, byte[], java.sql/java.time date-times...), or null for NULL
 * @param sqlType the {@link java.sql.Types} code the application named, or {@link java.sql.Types#OTHER} when it
 *                named none (a setter without a type; the value's class decides)
 */
record Parameter(Object value, int sqlType) {
}
