package io.taos4j.server.tmq;

import io.taos4j.server.durable.CatalogRecord;
import io.taos4j.server.durable.LogEntry;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The table definitions each vgroup's log holds, by table uid and log version: a definition with an earlier one
 * for the same uid is an ALTER, not a CREATE. Each vgroup's log is indexed once, lazily and only as far as the
 * entries asked about, so the cost is one pass over the log however many consumers read it. Thread-safe.
 *
 * <p>A definition whose predecessor was already dropped from the log by retention (and never indexed) reads as a
 * CREATE.
 */
final class DefinitionHistory {
    private final TmqLog log;
    private final Map<Integer, Index> vgroups = new ConcurrentHashMap<>();

    private static final class Index {
        /** Entries below this version are indexed. */
        long upTo = Long.MIN_VALUE;
        final Map<Long, NavigableMap<Long, CatalogRecord>> defs = new HashMap<>();
    }

    DefinitionHistory(TmqLog log) {
        this.log = log;
    }

    /** The definition of table {@code uid} in vgroup {@code vgroupId}'s log before {@code version}, or null. */
    CatalogRecord previous(int vgroupId, long uid, long version) {
        Index ix = vgroups.computeIfAbsent(vgroupId, k -> new Index());
        synchronized (ix) {
            if (ix.upTo < version) {
                TmqLog.Vgroup vg = log.vgroup(vgroupId);
                if (vg != null) {
                    Iterator<LogEntry> it = vg.read(Math.max(ix.upTo, vg.begin()));
                    while (it.hasNext()) {
                        LogEntry e = it.next();
                        if (e.version() >= version) {
                            break;
                        }
                        if (e instanceof LogEntry.Meta m) {
                            long u = uidOf(m.record());
                            if (u != 0) {
                                ix.defs.computeIfAbsent(u, k -> new TreeMap<>()).put(e.version(), m.record());
                            }
                        }
                        ix.upTo = e.version() + 1;
                    }
                }
            }
            NavigableMap<Long, CatalogRecord> h = ix.defs.get(uid);
            var prev = h == null ? null : h.lowerEntry(version);
            return prev == null ? null : prev.getValue();
        }
    }

    /** The uid of a table definition, 0 for other records. */
    static long uidOf(CatalogRecord r) {
        if (r instanceof CatalogRecord.SuperTableDef s) {
            return s.uid();
        }
        if (r instanceof CatalogRecord.NormalTableDef n) {
            return n.uid();
        }
        if (r instanceof CatalogRecord.ChildTableDef c) {
            return c.uid();
        }
        return 0;
    }
}
