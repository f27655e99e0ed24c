package io.taos4j.server.system;

import io.taos4j.server.query.Field;
import java.util.List;

/**
 * Results of {@code SHOW [LOCAL|CLUSTER] VARIABLES [LIKE 'p']} and {@code SHOW DNODE n VARIABLES [LIKE 'p']}
 * (tdengine-sql.md §11). {@code LIKE} filters on the variable name with {@link Like}. Stateless.
 */
public final class ShowVariables {
    /** Columns of {@code SHOW [LOCAL|CLUSTER] VARIABLES}, as 3.3.7.5 reports them. */
    public static final List<Field> FIELDS = Columns.parse(
            "name VARCHAR(30), value VARCHAR(4094), scope VARCHAR(6), category VARCHAR(6), info VARCHAR(62)");
    /** Columns of {@code SHOW DNODE n VARIABLES} (those of {@code ins_dnode_variables}). */
    public static final List<Field> DNODE_FIELDS = Columns.parse("dnode_id INT, name VARCHAR(32), value VARCHAR(4096),"
            + " scope VARCHAR(8), category VARCHAR(8), info VARCHAR(64)");
    /** The id of this server's only dnode. */
    public static final int DNODE_ID = 1;

    private ShowVariables() {
    }

    /**
     * {@code SHOW VARIABLES} and {@code SHOW CLUSTER VARIABLES}: the server's variables.
     *
     * @param like the LIKE pattern, or null for all
     */
    public static ResultData cluster(SystemContext context, String like) {
        return of(Variables.server(context), like);
    }

    /**
     * {@code SHOW LOCAL VARIABLES}: the client's variables (for WebSocket clients, taosAdapter's client library, so
     * ours); {@code timezone} is the asking session's zone.
     *
     * @param like the LIKE pattern, or null for all
     */
    public static ResultData local(SystemContext context, String like) {
        return of(Variables.local(context), like);
    }

    /**
     * {@code SHOW DNODE n VARIABLES}: the server's variables with {@code dnode_id}; no rows for a dnode other than
     * {@link #DNODE_ID} (the caller decides whether that is an error).
     *
     * @param like the LIKE pattern, or null for all
     */
    public static ResultData dnode(SystemContext context, int dnodeId, String like) {
        Rows out = new Rows(DNODE_FIELDS);
        if (dnodeId == DNODE_ID) {
            for (Variables.Variable v : Variables.server(context)) {
                if (like == null || Like.matches(v.name(), like)) {
                    out.add((long) DNODE_ID, v.name(), v.value(), v.scope(), v.category(), v.info());
                }
            }
        }
        return out.result();
    }

    private static ResultData of(List<Variables.Variable> variables, String like) {
        Rows out = new Rows(FIELDS);
        for (Variables.Variable v : variables) {
            if (like == null || Like.matches(v.name(), like)) {
                out.add(v.name(), v.value(), v.scope(), v.category(), v.info());
            }
        }
        return out.result();
    }
}
