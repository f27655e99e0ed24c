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
 */
package io.taos4j.jdbc;
