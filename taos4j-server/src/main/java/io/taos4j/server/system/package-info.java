/**
 * The system tables of {@code information_schema} and {@code performance_schema} ({@link
 * io.taos4j.server.system.SystemTables}) and the results of the metadata commands DESCRIBE, SHOW CREATE, SHOW
 * VARIABLES and SHOW TABLE TAGS, with TDengine 3.3.7.5's columns and value renderings (tdengine-sql.md §11, §12).
 * Everything here is stateless: rows are computed from the catalog and the sessions on each call.
 */
package io.taos4j.server.system;
