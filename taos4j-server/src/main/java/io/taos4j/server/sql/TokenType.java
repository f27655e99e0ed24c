package io.taos4j.server.sql;

/**
 * Kinds of lexical tokens: punctuation, literals, identifiers, and every keyword of TDengine's tokenizer
 * ({@code parTokenizer.c} keyword table, 3.3.7 edition: {@code SS_*} options, {@code BLOB}, {@code MEDIUMBLOB}).
 *
 * <p>Every keyword is reserved: used as a name it must be back-quoted (tdengine-sql.md §1.2). Words that are
 * "usable without backquotes" ({@code status}, {@code level}, {@code name}, ...) are not keywords at all and lex as
 * {@link #IDENTIFIER}. A keyword's text is its constant name in lower case.
 */
public enum TokenType {
    /** End of the statement: end of input or the first {@code ;} outside quotes and comments. */
    EOF,
    /** Plain identifier: ASCII letters, digits and {@code _}, not starting with a digit, not a keyword. */
    IDENTIFIER,
    /** Back-quoted identifier {@code `...`}; may hold anything, a doubled backtick stands for one. */
    QUOTED_IDENTIFIER,
    /** An unquoted word containing non-ASCII characters; TDengine accepts it only as a column alias or name. */
    ALIAS,
    /** Decimal integer {@code 123}. */
    INTEGER_LITERAL,
    /** Number with a decimal point or exponent: {@code 1.5}, {@code 1.}, {@code .5}, {@code 1e3}. */
    FLOAT_LITERAL,
    /** Hexadecimal integer {@code 0x1f}. */
    HEX,
    /** Binary integer {@code 0b101}. */
    BIN,
    /** Integer immediately followed by one unit letter: {@code 10s}, {@code 1d}, {@code 500a}. */
    DURATION_LITERAL,
    /** {@code '...'} or {@code "..."}. */
    STRING,
    /** {@code true} or {@code false}. */
    BOOL_LITERAL,
    /** Dotted quad {@code 1.2.3.4}. */
    IPTOKEN,
    /** A {@code /*+ ... *}{@code /} comment right after {@code SELECT}. */
    HINT,
    /** A character sequence the lexer does not accept; the parser reports {@code unrecognized token}. */
    ILLEGAL,
    LP, RP, COMMA, DOT, COLON, PLUS, MINUS, STAR, SLASH, REM,
    /** {@code %%}. */
    PH,
    EQ, NE, LT, LE, GT, GE, LSHIFT, RSHIFT, BITAND, BITOR, BITNOT,
    /** {@code ||}. */
    CONCAT,
    /** {@code ->}. */
    ARROW,
    /** {@code ?} placeholder. */
    QUESTION,
    // Keywords, alphabetical.
    ACCOUNT, ACCOUNTS, ADD, AGGREGATE, ALIVE, ALL, ALTER, ANALYZE, AND, ANODE, ANODES, ANOMALY_WINDOW, ANTI, APPS,
    ARBGROUPS, AS, ASC, ASOF, ASSIGN, AUTO, BALANCE, BATCH_SCAN, BETWEEN, BIGINT, BINARY, BLOB, BNODE, BNODES, BOOL,
    BOTH, BUFFER, BUFSIZE, BWLIMIT, BY, CACHE, CACHEMODEL, CACHESIZE, CALC_NOTIFY_ONLY, CASE, CAST, CHILD,
    CLIENT_VERSION, CLUSTER, COLS, COLUMN, COMMENT, COMP, COMPACT, COMPACTS, COMPACT_INTERVAL, COMPACT_TIME_OFFSET,
    COMPACT_TIME_RANGE, COMPOSITE, CONNECTION, CONNECTIONS, CONNS, CONSUMER, CONSUMERS, CONTAINS, COUNT, COUNT_WINDOW,
    CREATE, CREATEDB, CURRENT_USER, DATABASE, DATABASES, DBS, DECIMAL, DELETE, DELETE_OUTPUT_TABLE, DELETE_RECALC,
    DESC, DESCRIBE, DISK_INFO, DISTINCT, DISTRIBUTED, DNODE, DNODES, DOUBLE, DROP, DURATION, ELSE, ENABLE,
    ENCRYPTIONS, ENCRYPT_ALGORITHM, ENCRYPT_KEY, END, EVENT_TYPE, EVENT_WINDOW, EVERY, EXISTS, EXPIRED_TIME, EXPLAIN,
    FILE, FILL, FILL_HISTORY, FILL_HISTORY_FIRST, FIRST, FLOAT, FLUSH, FOR, FORCE, FORCE_OUTPUT, FROM, FULL, FUNCTION,
    FUNCTIONS, GEOMETRY, GRANT, GRANTS, GROUP, HASH_JOIN, HAVING, HOST, IF, IGNORE, IGNORE_DISORDER, IMPORT, IN,
    INDEX, INDEXES, INNER, INSERT, INT, INTEGER, INTERVAL, INTO, IS, IS_IMPORT, JLIMIT, JOIN, JSON, KEEP,
    KEEP_TIME_OFFSET, KEY, KILL, LANGUAGE, LAST, LAST_ROW, LEADER, LEADING, LEFT, LICENCES, LIKE, LIMIT, LINEAR,
    LOCAL, LOGS, LOW_LATENCY_CALC, MACHINES, MATCH, MAXROWS, MAX_DELAY, MEDIUMBLOB, MERGE, META, META_ONLY, MINROWS,
    MINUS_KW, MNODE, MNODES, MODIFY, MODULES, NCHAR, NEAR, NEXT, NMATCH, NONE, NORMAL, NOT, NOTIFY, NOTIFY_HISTORY,
    NOTIFY_OPTIONS, NOW, NO_BATCH_SCAN, NULL, NULLS, NULL_F, OFFSET, ON, ONLY, ON_FAILURE_PAUSE, OPTIONS, OR, ORDER,
    OUTER, OUTPUTTYPE, OUTPUT_SUBTABLE, PAGES, PAGESIZE, PARA_TABLES_SORT, PARTITION, PARTITION_FIRST, PASS, PERIOD,
    PI, PORT, POSITION, PPS, PRECISION, PRE_FILTER, PREV, PRIMARY, PRIVILEGES, QNODE, QNODES, QTIME, QUERIES, QUERY,
    RAND, RANGE, RATIO, READ, RECURSIVE, REDISTRIBUTE, REGEXP, RENAME, REPLACE, REPLICA, REPLICAS, RESET, RESTORE,
    RETENTIONS, REVOKE, RIGHT, ROLLUP, SCHEMALESS, SCORES, SELECT, SEMI, SERVER_STATUS, SERVER_VERSION, SESSION, SET,
    SHOW, SINGLE_STABLE, SKIP_TSMA, SLIDING, SLIMIT, SMA, SMALLDATA_TS_SORT, SMALLINT, SNODE, SNODES, SOFFSET,
    SORT_FOR_GROUP, SPLIT, SSMIGRATE, SS_CHUNKPAGES, SS_COMPACT, SS_KEEPLOCAL, STABLE, STABLES, START, STATE,
    STATE_WINDOW, STORAGE, STREAM, STREAMS, STRICT, STT_TRIGGER, SUBSCRIBE, SUBSCRIPTIONS, SUBSTR, SUBSTRING, SYSINFO,
    SYSTEM, TABLE, TABLES, TABLE_PREFIX, TABLE_SUFFIX, TAG, TAGS, TBNAME, THEN, TIMESTAMP, TIMEZONE, TINYINT, TO,
    TODAY, TOPIC, TOPICS, TRAILING, TRANSACTION, TRANSACTIONS, TRIM, TROWS, TRUE_FOR, TSDB_PAGESIZE, TSERIES, TSMA,
    TSMAS, TTL, UNION, UNSAFE, UNSIGNED, UNTREATED, UPDATE, USE, USER, USERS, USING, VALUE, VALUES, VALUE_F,
    VARBINARY, VARCHAR, VARIABLES, VERBOSE, VGROUP, VGROUPS, VIEW, VIEWS, VIRTUAL, VNODE, VNODES, VTABLE, VTABLES,
    WAL_FSYNC_PERIOD, WAL_LEVEL, WAL_RETENTION_PERIOD, WAL_RETENTION_SIZE, WAL_ROLL_PERIOD, WAL_SEGMENT_SIZE,
    WATERMARK, WHEN, WHERE, WINDOW, WINDOW_CLOSE, WINDOW_OFFSET, WINDOW_OPEN, WITH, WRITE, _C0, _FHIGH, _FLOW,
    _FROWTS, _IROWTS, _IROWTS_ORIGIN, _ISFILLED, _QDURATION, _QEND, _QSTART, _ROWTS, _TAGS, _TCURRENT_TS, _TGRPID,
    _TWDURATION, _TWEND, _TWLOCALTIME, _TWROWNUM, _TWSTART, _WDURATION, _WEND, _WSTART;

    private static final TokenType[] CONSTANTS = values();

    /** True for keywords (all of them are reserved). */
    public boolean isKeyword() {
        return ordinal() >= ACCOUNT.ordinal();
    }

    /** The keyword's text (lower case), or the constant name for other kinds. */
    public String text() {
        if (!isKeyword()) {
            return name();
        }
        return this == MINUS_KW ? "minus" : name().toLowerCase(java.util.Locale.ROOT);
    }

    static TokenType[] all() {
        return CONSTANTS;
    }
}
