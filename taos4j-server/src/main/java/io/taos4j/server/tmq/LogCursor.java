package io.taos4j.server.tmq;

import io.taos4j.server.durable.LogEntry;
import java.util.Iterator;

/**
 * A read position in one vgroup's log that a consumer keeps between polls, so that reading on does not reopen
 * the log (in durable mode: re-read a log file) at every poll. One entry of look-ahead: the reader peeks, and
 * advances only past entries it took or skipped. Not thread-safe (its consumer's lock guards it).
 */
final class LogCursor {
    private final Iterator<LogEntry> entries;
    private LogEntry head;
    /** The position (next version) this cursor stands at, as the consumer last left it. */
    long position;
    /** Set when the reader handed back a position behind the entries it moved past: reopen at that position. */
    boolean stale;

    LogCursor(Iterator<LogEntry> entries, long position) {
        this.entries = entries;
        this.position = position;
    }

    /** The next entry, or null at the end of what the log held when the cursor was opened. */
    LogEntry peek() {
        if (head == null && entries.hasNext()) {
            head = entries.next();
        }
        return head;
    }

    /** Moves past the entry {@link #peek()} returned. */
    void advance() {
        head = null;
    }
}
