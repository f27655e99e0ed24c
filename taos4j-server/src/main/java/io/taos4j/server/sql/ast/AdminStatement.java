package io.taos4j.server.sql.ast;

/** EXPLAIN, client-config, cache, KILL statements, and statements the server does not model. */
public sealed interface AdminStatement extends Statement {
    /**
     * {@code EXPLAIN [ANALYZE] [VERBOSE true|false] [RATIO r] statement}; statement is a {@link Query} or a
     * {@link TableStatement.InsertQuery}; ratio nullable.
     */
    record Explain(Span span, boolean analyze, boolean verbose, Double ratio, Statement statement)
            implements AdminStatement {
    }

    /** {@code ALTER LOCAL 'key' ['value']}; value nullable. */
    record AlterLocal(Span span, String key, String value) implements AdminStatement {
    }

    record ResetQueryCache(Span span) implements AdminStatement {
    }

    /** {@code KILL QUERY 'id'}. */
    record KillQuery(Span span, String id) implements AdminStatement {
    }

    /** {@code KILL CONNECTION n}. */
    record KillConnection(Span span, long id) implements AdminStatement {
    }

    /** {@code KILL TRANSACTION n}. */
    record KillTransaction(Span span, long id) implements AdminStatement {
    }

    /**
     * A statement TDengine accepts but the embedded server does not model (streams, views, indexes, TSMA/RSMA, UDFs,
     * node and vgroup management, rare SHOW forms); the server answers 0x0100 {@code Operation not supported}.
     *
     * @param what a short upper-case description, e.g. {@code CREATE STREAM}
     */
    record Unsupported(Span span, String what) implements AdminStatement {
    }
}
