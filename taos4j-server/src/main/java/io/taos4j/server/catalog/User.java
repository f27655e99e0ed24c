package io.taos4j.server.catalog;

import java.util.List;

/**
 * A database user.
 *
 * @param name       user name
 * @param password   the salted hash of the password (the text is never kept)
 * @param superUser  root-like privileges
 * @param enabled    may log in
 * @param sysinfo    may see system information
 * @param createdb   may create databases
 * @param createTime milliseconds since the epoch
 * @param privileges what GRANT gave the user, in grant order
 */
public record User(String name, Password password, boolean superUser, boolean enabled, boolean sysinfo,
                   boolean createdb, long createTime, List<Privilege> privileges) {

    public User {
        privileges = List.copyOf(privileges);
    }

    /**
     * One granted privilege (a row of {@code information_schema.ins_user_privileges}).
     *
     * @param privilege {@code read}, {@code write}, {@code alter} or {@code subscribe}
     * @param db        the database, {@code *} for all; the topic's name for {@code subscribe}
     * @param table     the table, empty for the whole database
     * @param condition the WITH tag condition's text, empty when none
     */
    public record Privilege(String privilege, String db, String table, String condition) {
    }

    public User withPassword(Password p) {
        return new User(name, p, superUser, enabled, sysinfo, createdb, createTime, privileges);
    }

    public User withFlags(boolean enabled, boolean sysinfo, boolean createdb) {
        return new User(name, password, superUser, enabled, sysinfo, createdb, createTime, privileges);
    }

    public User withPrivileges(List<Privilege> p) {
        return new User(name, password, superUser, enabled, sysinfo, createdb, createTime, p);
    }
}
