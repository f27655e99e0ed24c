/**
 * The taos4j JDBC driver: {@link io.taos4j.jdbc.TaosDriver} for {@link java.sql.DriverManager} and
 * {@link io.taos4j.jdbc.TaosDataSource} for pools and frameworks. Everything else is internal.
 *
 * <p>What TDengine has and JDBC expects, and what happens: no transactions (always auto-commit, isolation
 * {@code TRANSACTION_NONE}; {@code setAutoCommit(false)} and savepoints throw
 * {@link java.sql.SQLFeatureNotSupportedException}); forward-only, read-only result sets; no stored procedures
 * ({@code prepareCall} throws); no generated keys. Errors are {@link java.sql.SQLException}s whose
 * {@code getErrorCode()} is TDengine's error code and whose SQLSTATE and subclass follow it (e.g. 0x2600 syntax
 * error: {@link java.sql.SQLSyntaxErrorException}, 42000; 0x2603 table does not exist: 42S02; 0x0357
 * authentication failure: {@link java.sql.SQLInvalidAuthorizationSpecException}, 28000).
 *
 * <p>A {@link java.sql.PreparedStatement} with {@code ?} placeholders is prepared with TDengine's stmt2 when it is
 * created and reused by every execution. INSERT parameters take the types the server gives them (any standard
 * setter, {@code setObject} with {@code java.time} types, {@code BigDecimal}, {@code BigInteger}; a value that does
 * not fit fails with code 0x0200 or 0x0118); {@code addBatch}/{@code executeBatch} send all rows as one multi-row
 * bind, grouped by table for {@code INSERT INTO ? USING stb TAGS (...) VALUES (...)}, and report
 * {@code SUCCESS_NO_INFO} per row as the official driver does. Query parameters keep their own types (local
 * date-times in the connection's time zone).
 */
package io.taos4j.jdbc;
