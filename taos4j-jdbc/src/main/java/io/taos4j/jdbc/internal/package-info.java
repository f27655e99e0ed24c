/**
 * The JDBC driver's implementation: connections, statements, result sets, metadata and the mapping of connector
 * errors to {@link java.sql.SQLException}s. Not exported by the module; anything here may change without notice.
 */
package io.taos4j.jdbc.internal;
