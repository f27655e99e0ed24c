package io.taos4j.server.durable;

import io.taos4j.server.catalog.CatalogChange;
import io.taos4j.server.catalog.ChildTable;
import io.taos4j.server.catalog.Column;
import io.taos4j.server.catalog.Database;
import io.taos4j.server.catalog.DbOption;
import io.taos4j.server.catalog.NormalTable;
import io.taos4j.server.catalog.Password;
import io.taos4j.server.catalog.SuperTable;
import io.taos4j.server.catalog.TableEntry;
import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.catalog.User;
import io.taos4j.server.type.DataType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binary form of {@link CatalogRecord}s, and their derivation from catalog changes. */
final class CatalogCodec {
    private static final int DATABASE = 1;
    private static final int DATABASE_DROP = 2;
    private static final int SUPER_TABLE = 3;
    private static final int NORMAL_TABLE = 4;
    private static final int CHILD_TABLE = 5;
    private static final int TABLE_DROP = 6;
    private static final int USER = 7;
    private static final int USER_DROP = 8;

    private CatalogCodec() {
    }

    /** The state the change left behind, read now (under the DDL lock). */
    static CatalogRecord of(CatalogChange change) {
        if (change instanceof CatalogChange.DatabaseSaved d) {
            return database(d.database());
        }
        if (change instanceof CatalogChange.DatabaseDropped d) {
            return new CatalogRecord.DatabaseDrop(d.database().name(), d.database().createTime());
        }
        if (change instanceof CatalogChange.TableSaved t) {
            return table(t.table());
        }
        if (change instanceof CatalogChange.TableDropped t) {
            return new CatalogRecord.TableDrop(t.table().database().name(), t.table().name(), t.table().uid());
        }
        if (change instanceof CatalogChange.UserSaved u) {
            return new CatalogRecord.UserDef(u.user());
        }
        return new CatalogRecord.UserDrop(((CatalogChange.UserDropped) change).name());
    }

    static CatalogRecord.DatabaseDef database(Database db) {
        Map<String, String> options = new LinkedHashMap<>();
        for (DbOption o : DbOption.values()) {
            options.put(o.name(), db.options().get(o));
        }
        return new CatalogRecord.DatabaseDef(db.name(), db.createTime(), db.firstVgroupId(), options);
    }

    static CatalogRecord table(TableEntry t) {
        String db = t.database().name();
        if (t instanceof SuperTable s) {
            return new CatalogRecord.SuperTableDef(db, s.name(), s.uid(), s.createTime(), s.schema(), s.comment(),
                    s.ttl());
        }
        if (t instanceof NormalTable n) {
            return new CatalogRecord.NormalTableDef(db, n.name(), n.uid(), n.createTime(), n.vgroupId(), n.schema(),
                    n.comment(), n.ttl());
        }
        ChildTable c = (ChildTable) t;
        return new CatalogRecord.ChildTableDef(db, c.name(), c.uid(), c.createTime(), c.vgroupId(),
                c.superTable().name(), c.superTable().uid(), c.tags().clone(), c.comment(), c.ttl());
    }

    static void encode(CatalogRecord r, ByteSink out) {
        if (r instanceof CatalogRecord.DatabaseDef d) {
            out.u8(DATABASE).str(d.name()).i64(d.createTime()).i32(d.firstVgroupId()).i32(d.options().size());
            d.options().forEach((k, v) -> out.str(k).str(v));
        } else if (r instanceof CatalogRecord.DatabaseDrop d) {
            out.u8(DATABASE_DROP).str(d.name()).i64(d.createTime());
        } else if (r instanceof CatalogRecord.SuperTableDef s) {
            out.u8(SUPER_TABLE).str(s.db()).str(s.name()).i64(s.uid()).i64(s.createTime());
            schema(s.schema(), out);
            out.str(s.comment()).i32(s.ttl());
        } else if (r instanceof CatalogRecord.NormalTableDef n) {
            out.u8(NORMAL_TABLE).str(n.db()).str(n.name()).i64(n.uid()).i64(n.createTime()).i32(n.vgroupId());
            schema(n.schema(), out);
            out.str(n.comment()).i32(n.ttl());
        } else if (r instanceof CatalogRecord.ChildTableDef c) {
            out.u8(CHILD_TABLE).str(c.db()).str(c.name()).i64(c.uid()).i64(c.createTime()).i32(c.vgroupId())
                    .str(c.stable()).i64(c.stableUid()).i32(c.tags().length);
            for (Object tag : c.tags()) {
                TagCodec.encode(tag, out);
            }
            out.str(c.comment()).i32(c.ttl());
        } else if (r instanceof CatalogRecord.TableDrop d) {
            out.u8(TABLE_DROP).str(d.db()).str(d.name()).i64(d.uid());
        } else if (r instanceof CatalogRecord.UserDef u) {
            User user = u.user();
            out.u8(USER).str(user.name()).blob(user.password().salt()).blob(user.password().hash())
                    .bool(user.superUser()).bool(user.enabled()).bool(user.sysinfo()).bool(user.createdb())
                    .i64(user.createTime()).i32(user.privileges().size());
            for (User.Privilege p : user.privileges()) {
                out.str(p.privilege()).str(p.db()).str(p.table()).str(p.condition());
            }
        } else {
            out.u8(USER_DROP).str(((CatalogRecord.UserDrop) r).name());
        }
    }

    static CatalogRecord decode(ByteSource in) {
        int kind = in.u8();
        switch (kind) {
            case DATABASE -> {
                String name = in.str();
                long created = in.i64();
                int vg = in.i32();
                int n = in.count(1024);
                Map<String, String> options = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    options.put(in.str(), in.str());
                }
                return new CatalogRecord.DatabaseDef(name, created, vg, options);
            }
            case DATABASE_DROP -> {
                return new CatalogRecord.DatabaseDrop(in.str(), in.i64());
            }
            case SUPER_TABLE -> {
                return new CatalogRecord.SuperTableDef(in.str(), in.str(), in.i64(), in.i64(), schema(in), in.str(),
                        in.i32());
            }
            case NORMAL_TABLE -> {
                return new CatalogRecord.NormalTableDef(in.str(), in.str(), in.i64(), in.i64(), in.i32(), schema(in),
                        in.str(), in.i32());
            }
            case CHILD_TABLE -> {
                String db = in.str();
                String name = in.str();
                long uid = in.i64();
                long created = in.i64();
                int vg = in.i32();
                String stable = in.str();
                long stableUid = in.i64();
                Object[] tags = new Object[in.count(4096)];
                for (int i = 0; i < tags.length; i++) {
                    tags[i] = TagCodec.decode(in);
                }
                return new CatalogRecord.ChildTableDef(db, name, uid, created, vg, stable, stableUid, tags, in.str(),
                        in.i32());
            }
            case TABLE_DROP -> {
                return new CatalogRecord.TableDrop(in.str(), in.str(), in.i64());
            }
            case USER -> {
                String name = in.str();
                Password password;
                try {
                    password = Password.restore(in.blob(), in.blob());
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new ByteSource.Corrupt("user " + name + ": " + e.getMessage());
                }
                boolean superUser = in.bool();
                boolean enabled = in.bool();
                boolean sysinfo = in.bool();
                boolean createdb = in.bool();
                long created = in.i64();
                List<User.Privilege> privileges = new ArrayList<>();
                for (int i = in.count(1 << 16); i > 0; i--) {
                    privileges.add(new User.Privilege(in.str(), in.str(), in.str(), in.str()));
                }
                return new CatalogRecord.UserDef(new User(name, password, superUser, enabled, sysinfo, createdb,
                        created, privileges));
            }
            case USER_DROP -> {
                return new CatalogRecord.UserDrop(in.str());
            }
            default -> throw new ByteSource.Corrupt("unknown catalog record kind " + kind);
        }
    }

    private static void schema(TableSchema s, ByteSink out) {
        out.i32(s.nextColumnId());
        columns(s.columns(), out);
        columns(s.tags(), out);
    }

    private static void columns(List<Column> cols, ByteSink out) {
        out.i32(cols.size());
        for (Column c : cols) {
            DataType t = c.type();
            out.i32(c.id()).str(c.name()).u8(t.type().code()).i32(t.length()).i32(t.precision()).i32(t.scale())
                    .bool(c.compositeKey()).str(c.encode()).str(c.compress()).str(c.level());
        }
    }

    private static TableSchema schema(ByteSource in) {
        int next = in.i32();
        List<Column> cols = columns(in);
        List<Column> tags = columns(in);
        return new TableSchema(cols, tags, next);
    }

    private static List<Column> columns(ByteSource in) {
        int n = in.count(4096);
        List<Column> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int id = in.i32();
            String name = in.str();
            DataType t = new DataType(BatchCodec.type(in.u8()), in.i32(), in.i32(), in.i32());
            out.add(new Column(id, name, t, in.bool(), in.str(), in.str(), in.str()));
        }
        return out;
    }

    /** Tag values: Boolean, Long, Float, Double, String, byte[] or null, each with a kind byte. */
    private static final class TagCodec {
        static void encode(Object v, ByteSink out) {
            if (v == null) {
                out.u8(0);
            } else if (v instanceof Boolean b) {
                out.u8(1).bool(b);
            } else if (v instanceof Long l) {
                out.u8(2).i64(l);
            } else if (v instanceof Float f) {
                out.u8(3).i32(Float.floatToRawIntBits(f));
            } else if (v instanceof Double d) {
                out.u8(4).i64(Double.doubleToRawLongBits(d));
            } else if (v instanceof String s) {
                out.u8(5).str(s);
            } else if (v instanceof byte[] b) {
                out.u8(6).blob(b);
            } else if (v instanceof Number n) {
                out.u8(2).i64(n.longValue());
            } else {
                throw new IllegalArgumentException("tag value of unexpected class " + v.getClass().getName());
            }
        }

        static Object decode(ByteSource in) {
            int kind = in.u8();
            return switch (kind) {
                case 0 -> null;
                case 1 -> in.bool();
                case 2 -> in.i64();
                case 3 -> Float.intBitsToFloat(in.i32());
                case 4 -> Double.longBitsToDouble(in.i64());
                case 5 -> in.str();
                case 6 -> in.blob();
                default -> throw new ByteSource.Corrupt("unknown tag kind " + kind);
            };
        }
    }
}
