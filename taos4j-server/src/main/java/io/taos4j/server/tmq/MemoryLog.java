package io.taos4j.server.tmq;

import io.taos4j.server.catalog.CatalogChange;
import io.taos4j.server.catalog.CatalogJournal;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.durable.CatalogRecord;
import io.taos4j.server.durable.LogEntry;
import io.taos4j.server.storage.Storage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The in-memory mode's TMQ log: {@link Storage#MEMORY} plus, per vgroup, the write batches, deletes and table DDL
 * with their versions (1, 2, 3, ... per vgroup), so topics can be consumed without a data directory.
 *
 * <p>Bounds: entries older than the database's {@code WAL_RETENTION_PERIOD} (seconds, when positive; default
 * 3600) are dropped, and each vgroup keeps at most {@link #MAX_ROWS} rows and {@link #MAX_ENTRIES} entries, oldest
 * dropped first (their versions are then below {@code begin}, as with TDengine's WAL retention). The log shares the
 * written batches with nothing else, so it costs about as much memory as the rows it retains. In durable mode the
 * write-ahead log is the log and its own retention applies.
 * Thread-safe: appends of one vgroup are serialised on that vgroup.
 */
final class MemoryLog implements Storage, CatalogJournal, TmqLog {
    /** Rows kept per vgroup before the oldest entries are dropped. */
    static final long MAX_ROWS = 4_000_000L;
    /** Entries kept per vgroup before the oldest are dropped. */
    static final int MAX_ENTRIES = 1_000_000;

    private final Map<Integer, Log> logs = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Override
    public long write(List<TableWrite> writes) {
        Map<Integer, List<LogEntry.TableRows>> byVgroup = new LinkedHashMap<>();
        long affected = 0;
        for (TableWrite w : writes) {
            affected += w.table().data().write(w.batch(), w.columnIds(), w.types());
            DataTable t = w.table();
            byVgroup.computeIfAbsent(t.vgroupId(), k -> new ArrayList<>())
                    .add(new LogEntry.TableRows(t.uid(), t.name(), w.columnIds(), w.types(), w.batch()));
        }
        for (Map.Entry<Integer, List<LogEntry.TableRows>> e : byVgroup.entrySet()) {
            List<LogEntry.TableRows> rows = e.getValue();
            log(e.getKey()).append(v -> new LogEntry.Write(v, rows), rows.stream().mapToLong(r -> r.batch().rows()).sum(),
                    retention(writes.get(0).table().database()));
        }
        fire();
        return affected;
    }

    @Override
    public long delete(DataTable table, long from, long to) {
        long n = table.data().delete(from, to);
        log(table.vgroupId()).append(v -> new LogEntry.Delete(v, table.uid(), table.name(), from, to), 1,
                retention(table.database()));
        fire();
        return n;
    }

    @Override
    public void commit(List<CatalogChange> changes) {
        for (CatalogChange c : changes) {
            if (c instanceof CatalogChange.DatabaseDropped d) {
                for (int id : d.database().vgroupIds()) {
                    logs.remove(id); // vgroup ids are not reused
                }
                continue;
            }
            TableEntry t;
            if (c instanceof CatalogChange.TableSaved s) {
                t = s.table();
            } else if (c instanceof CatalogChange.TableDropped d) {
                t = d.table();
            } else {
                continue;
            }
            CatalogRecord r = CatalogRecord.of(c);
            if (t instanceof SuperTable) {
                for (int id : t.database().vgroupIds()) {
                    log(id).append(v -> new LogEntry.Meta(v, r), 1, retention(t.database()));
                }
            } else if (t instanceof DataTable d) {
                boolean auto = c instanceof CatalogChange.TableSaved s && s.autoCreated();
                log(d.vgroupId()).append(v -> new LogEntry.Meta(v, r, auto), 1, retention(t.database()));
            }
        }
        fire();
    }

    /** The retention period in ms, or 0 for none. */
    private static long retention(io.taos4j.server.catalog.Database db) {
        int seconds = db.options().getInt(io.taos4j.server.catalog.DbOption.WAL_RETENTION_PERIOD);
        return seconds > 0 ? seconds * 1000L : 0;
    }

    @Override
    public Vgroup vgroup(int id) {
        return log(id);
    }

    @Override
    public void onAppend(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    private Log log(int id) {
        return logs.computeIfAbsent(id, k -> new Log());
    }

    private interface EntryAt {
        LogEntry at(long version);
    }

    /** One vgroup's entries: versions {@code begin .. end-1}; {@code list[i]} has version {@code base + i}. */
    private static final class Log implements Vgroup {
        private ArrayList<LogEntry> list = new ArrayList<>();
        private ArrayList<Long> weights = new ArrayList<>();
        private ArrayList<Long> times = new ArrayList<>();
        /** Version of list[0]. */
        private long base = 1;
        /** Index of the first retained entry in list. */
        private int head;
        private long rows;

        synchronized void append(EntryAt entry, long weight, long retentionMs) {
            long now = System.currentTimeMillis();
            list.add(entry.at(base + list.size()));
            weights.add(weight);
            times.add(now);
            rows += weight;
            while (list.size() - head > MAX_ENTRIES || (rows > MAX_ROWS && list.size() - head > 1)
                    || (retentionMs > 0 && list.size() - head > 1 && now - times.get(head) > retentionMs)) {
                rows -= weights.get(head);
                list.set(head, null);
                head++;
            }
            if (head > 1024 && head > list.size() / 2) {
                list = new ArrayList<>(list.subList(head, list.size()));
                weights = new ArrayList<>(weights.subList(head, weights.size()));
                times = new ArrayList<>(times.subList(head, times.size()));
                base += head;
                head = 0;
            }
        }

        @Override
        public synchronized long begin() {
            return base + head;
        }

        @Override
        public synchronized long end() {
            return base + list.size();
        }

        private synchronized LogEntry at(long version) {
            long i = version - base;
            return i < head || i >= list.size() ? null : list.get((int) i);
        }

        @Override
        public Iterator<LogEntry> read(long from) {
            long until = end();
            long start = Math.max(from, begin());
            return new Iterator<>() {
                private long next = start;

                @Override
                public boolean hasNext() {
                    while (next < until && at(next) == null) {
                        next++; // dropped by the bound meanwhile
                    }
                    return next < until;
                }

                @Override
                public LogEntry next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return at(next++);
                }
            };
        }
    }
}
