package io.taos4j.server.catalog;

/**
 * A database user.
 *
 * @param name       user name
 * @param password   password (kept in memory only; the embedded server is for development and tests)
 * @param superUser  root-like privileges
 * @param enabled    may log in
 * @param sysinfo    may see system information
 * @param createdb   may create databases
 * @param createTime milliseconds since the epoch
 */
public record User(String name, String password, boolean superUser, boolean enabled, boolean sysinfo,
                   boolean createdb, long createTime) {
}
