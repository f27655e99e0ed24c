package io.taos4j.server.durable;

import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.DataTable;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.DatabaseOptions;
import io.taos4j.server.catalog.DbOption;
import io.taos4j.server.catalog.NormalTable;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.User;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Applies catalog records to a catalog being recovered, and lists a catalog as records (snapshots). */
final class CatalogReplay {
    private CatalogReplay() {
    }

    /** The whole catalog as records, in an order that replays: users, databases, super tables, then data tables. */
    static List<CatalogRecord> snapshot(Catalog catalog) {
        List<CatalogRecord> out = new ArrayList<>();
        for (User u : catalog.users()) {
            out.add(new CatalogRecord.UserDef(u));
        }
        for (Database db : catalog.databases()) {
            out.add(CatalogCodec.database(db));
            for (TableEntry t : db.tables()) {
                if (t instanceof SuperTable) {
                    out.add(CatalogCodec.table(t));
                }
            }
            for (TableEntry t : db.tables()) {
                if (!(t instanceof SuperTable)) {
                    out.add(CatalogCodec.table(t));
                }
            }
        }
        return out;
    }

    /** Applies one record; a record about something no longer there (dropped later in the log) is ignored. */
    static void apply(Catalog catalog, CatalogRecord r) {
        if (r instanceof CatalogRecord.DatabaseDef d) {
            Map<DbOption, String> options = new EnumMap<>(DbOption.class);
            d.options().forEach((k, v) -> {
                DbOption o = DbOption.of(k);
                if (o != null) {
                    options.put(o, v);
                }
            });
            DatabaseOptions opts = DatabaseOptions.defaults().with(options);
            Database db = catalog.findDatabase(d.name());
            if (db != null && db.createTime() == d.createTime() && db.firstVgroupId() == d.firstVgroupId()) {
                catalog.alterDatabase(db, opts);
            } else {
                if (db != null) {
                    catalog.dropDatabase(db.name());
                }
                catalog.restoreDatabase(d.name(), d.createTime(), opts, d.firstVgroupId());
            }
        } else if (r instanceof CatalogRecord.DatabaseDrop d) {
            Database db = catalog.findDatabase(d.name());
            if (db != null && db.createTime() == d.createTime()) {
                catalog.dropDatabase(d.name());
            }
        } else if (r instanceof CatalogRecord.SuperTableDef s) {
            Database db = catalog.findDatabase(s.db());
            if (db == null) {
                return;
            }
            TableEntry t = replaceable(catalog, db, s.name(), s.uid());
            SuperTable st = t instanceof SuperTable existing ? existing
                    : catalog.restoreSuperTable(db, s.name(), s.uid(), s.createTime(), s.schema());
            st.setSchema(s.schema());
            st.setComment(s.comment());
            st.setTtl(s.ttl());
        } else if (r instanceof CatalogRecord.NormalTableDef n) {
            Database db = catalog.findDatabase(n.db());
            if (db == null) {
                return;
            }
            TableEntry t = replaceable(catalog, db, n.name(), n.uid());
            NormalTable nt = t instanceof NormalTable existing ? existing
                    : catalog.restoreNormalTable(db, n.name(), n.uid(), n.createTime(), n.schema(), n.vgroupId());
            nt.setSchema(n.schema());
            nt.setComment(n.comment());
            nt.setTtl(n.ttl());
        } else if (r instanceof CatalogRecord.ChildTableDef c) {
            Database db = catalog.findDatabase(c.db());
            if (db == null || !(db.table(c.stable()) instanceof SuperTable st) || st.uid() != c.stableUid()) {
                return;
            }
            TableEntry t = replaceable(catalog, db, c.name(), c.uid());
            ChildTable ct = t instanceof ChildTable existing ? existing
                    : catalog.restoreChildTable(db, c.name(), c.uid(), c.createTime(), st, c.tags(), c.vgroupId());
            ct.setTags(c.tags());
            ct.setComment(c.comment());
            ct.setTtl(c.ttl());
        } else if (r instanceof CatalogRecord.TableDrop d) {
            Database db = catalog.findDatabase(d.db());
            TableEntry t = db == null ? null : db.table(d.name());
            if (t != null && t.uid() == d.uid()) {
                catalog.dropTable(t);
            }
        } else if (r instanceof CatalogRecord.UserDef u) {
            catalog.putUser(u.user());
        } else {
            catalog.removeUser(((CatalogRecord.UserDrop) r).name());
        }
    }

    /** The existing table with this uid, or null after dropping a different table that holds the name. */
    private static TableEntry replaceable(Catalog catalog, Database db, String name, long uid) {
        TableEntry t = db.table(name);
        if (t != null && t.uid() != uid) {
            catalog.dropTable(t);
            return null;
        }
        return t;
    }

    /** Every child and normal table of the catalog by uid. */
    static Map<Long, DataTable> dataTables(Catalog catalog) {
        Map<Long, DataTable> out = new java.util.HashMap<>();
        for (Database db : catalog.databases()) {
            for (TableEntry t : db.tables()) {
                if (t instanceof DataTable d) {
                    out.put(t.uid(), d);
                }
            }
        }
        return out;
    }
}
