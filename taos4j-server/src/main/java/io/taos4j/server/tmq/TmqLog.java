package io.taos4j.server.tmq;

import io.taos4j.server.durable.LogEntry;
import java.util.Iterator;

/**
 * The versioned per-vgroup log TMQ reads: the write-ahead log in durable mode ({@link
 * io.taos4j.server.durable.VgroupLog}), an in-memory log otherwise ({@link MemoryLog}). "The TMQ log and the WAL
 * are one thing": every write, delete and table DDL of a vgroup has a version in it. Thread-safe.
 */
interface TmqLog {

    /** The log of vgroup {@code id}, or null when no such vgroup is open. */
    Vgroup vgroup(int id);

    /** Wakes pollers: called after every append. */
    void onAppend(Runnable listener);

    /** One vgroup's log. */
    interface Vgroup {
        /** The oldest version retained; {@link #end()} when nothing is. */
        long begin();

        /** One past the newest version: the version the next entry will get. */
        long end();

        /** The retained entries with version {@code >= from}, oldest first, up to {@code end() - 1} as of now. */
        Iterator<LogEntry> read(long from);
    }
}
