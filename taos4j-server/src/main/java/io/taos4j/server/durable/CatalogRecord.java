package io.taos4j.server.durable;

import io.taos4j.server.catalog.TableSchema;
import io.taos4j.server.catalog.User;
import java.util.Map;

/**
 * The durable form of a catalog change: the full state of the entity after the change (so replaying records in order
 * is idempotent), or its removal. Written to the catalog journal, and as {@link LogEntry.Meta} into the vgroup logs
 * for TMQ.
 */
public sealed interface CatalogRecord {

    /** A database as created or altered; {@code options} maps option names ({@code WAL_LEVEL}) to canonical values. */
    record DatabaseDef(String name, long createTime, int firstVgroupId, Map<String, String> options)
            implements CatalogRecord {
    }

    record DatabaseDrop(String name, long createTime) implements CatalogRecord {
    }

    record SuperTableDef(String db, String name, long uid, long createTime, TableSchema schema, String comment,
                         int ttl) implements CatalogRecord {
    }

    record NormalTableDef(String db, String name, long uid, long createTime, int vgroupId, TableSchema schema,
                          String comment, int ttl) implements CatalogRecord {
    }

    /** A child table; {@code tags} aligned with the super table's tags at that moment. */
    record ChildTableDef(String db, String name, long uid, long createTime, int vgroupId, String stable,
                         long stableUid, Object[] tags, String comment, int ttl) implements CatalogRecord {
    }

    /** A table dropped (a super table with all its children). */
    record TableDrop(String db, String name, long uid) implements CatalogRecord {
    }

    record UserDef(User user) implements CatalogRecord {
    }

    record UserDrop(String name) implements CatalogRecord {
    }
}
