package io.taos4j.protocol;

import java.util.HashMap;
import java.util.Map;

/**
 * TDengine error codes with TDengine's standard message texts.
 *
 * <p>{@link #code()} is the low 16 bits that travel on the wire (errors.md §1): the WebSocket, REST and TMQ
 * endpoints send {@code code & 0xFFFF}. Many parser errors use a formatted variant of the text, e.g.
 * {@code syntax error near "<rest of statement>"}; {@link #format(Object)} builds the common
 * {@code "<text>: <detail>"} form. Sources: errors.md §5 and tdengine-sql.md §1.5 (texts observed on 3.3.7.5).
 */
public enum TaosError {
    RPC_NETWORK_UNAVAIL(0x000B, "Unable to establish connection"),
    RPC_FQDN_ERROR(0x0015, "Unable to resolve FQDN"),
    RPC_BROKEN_LINK(0x0018, "Conn is broken"),
    RPC_TIMEOUT(0x0019, "Conn read timeout"),
    RPC_SOMENODE_NOT_CONNECTED(0x0020, "some vnode/qnode/mnode(s) out of service"),
    OPS_NOT_SUPPORT(0x0100, "Operation not supported"),
    OUT_OF_MEMORY(0x0102, "Out of Memory"),
    INVALID_MSG(0x0115, "Invalid message"),
    INVALID_PARA(0x0118, "Invalid parameters"),
    CFG_NOT_FOUND(0x0122, "Config not found"),
    INVALID_TIMESTAMP(0x0127, "Invalid timestamp format"),
    TIMEOUT_ERROR(0x012C, "Operation timeout"),
    INVALID_CFG_VALUE(0x0133, "Invalid configuration value"),
    IP_NOT_IN_WHITE_LIST(0x0134, "Not allowed to connect"),
    DECIMAL_OVERFLOW(0x013D, "Decimal value overflow"),
    TSC_INVALID_OPERATION(0x0200, "Invalid operation"),
    TSC_INVALID_VALUE(0x0203, "Invalid value in client"),
    TSC_INVALID_USER_LENGTH(0x0207, "Invalid user name"),
    TSC_INVALID_PASS_LENGTH(0x0208, "Invalid password length"),
    TSC_INVALID_DB_LENGTH(0x0209, "Database name too long"),
    TSC_INVALID_TABLE_ID_LENGTH(0x020A, "Table name too long"),
    TSC_INVALID_CONNECTION(0x020B, "Invalid connection"),
    TSC_QUERY_CANCELLED(0x020F, "Query terminated"),
    TSC_DISCONNECTED(0x0213, "Disconnected from service"),
    TSC_NO_WRITE_AUTH(0x0214, "No write permission"),
    TSC_CONN_KILLED(0x0215, "Connection killed"),
    TSC_SQL_SYNTAX_ERROR(0x0216, "Syntax error in SQL"),
    TSC_DB_NOT_SELECTED(0x0217, "Database not specified or available"),
    TSC_EXCEED_SQL_LIMIT(0x0219, "SQL statement too long"),
    TSC_LINE_SYNTAX_ERROR(0x021B, "Syntax error in Line"),
    TSC_NO_META_CACHED(0x021C, "No table meta cached"),
    TSC_INVALID_COLUMN_LENGTH(0x021F, "Invalid column length"),
    TSC_INVALID_JSON(0x0221, "Invalid JSON format"),
    TSC_INVALID_JSON_TYPE(0x0222, "Invalid JSON data type"),
    TSC_VALUE_OUT_OF_RANGE(0x0224, "Value out of range"),
    TSC_INVALID_INPUT(0x0229, "Invalid tsc input"),
    TSC_STMT_API_ERROR(0x022A, "Stmt API usage error"),
    TSC_STMT_TBNAME_ERROR(0x022B, "Stmt table name not set correctly"),
    TSC_STMT_CLAUSE_ERROR(0x022C, "not supported stmt clause"),
    TSC_QUERY_KILLED(0x022D, "Query killed"),
    TSC_NO_EXEC_NODE(0x022E, "No available execution node in current query policy configuration"),
    TSC_NOT_STABLE_ERROR(0x022F, "Table is not a super table"),
    TSC_STMT_CACHE_ERROR(0x0230, "Stmt cache error"),
    TSC_ENCODE_PARAM_ERROR(0x0231, "Invalid encode param"),
    TSC_ENCODE_PARAM_NULL(0x0232, "Not found compress param"),
    TSC_COMPRESS_PARAM_ERROR(0x0233, "Invalid compress param"),
    TSC_COMPRESS_LEVEL_ERROR(0x0234, "Invalid compress level param"),
    TSC_FAIL_GENERATE_JSON(0x0235, "failed to generate JSON"),
    TSC_STMT_BIND_NUMBER_ERROR(0x0236, "bind number out of range or not match"),
    TSC_INTERNAL_ERROR(0x02FF, "Internal error"),
    MND_REQ_REJECTED(0x0300, "Request rejected"),
    MND_NO_RIGHTS(0x0303, "Insufficient privilege for operation"),
    MND_INVALID_CONN_ID(0x030E, "Invalid connection id"),
    MND_USER_DISABLED(0x0315, "User is disabled"),
    MND_NO_ENOUGH_DNODES(0x0334, "Out of dnodes"),
    MND_USER_ALREADY_EXIST(0x0350, "User already exists"),
    MND_USER_NOT_EXIST(0x0351, "Invalid user"),
    MND_INVALID_USER_FORMAT(0x0352, "Invalid user format"),
    MND_INVALID_PASS_FORMAT(0x0353, "Invalid password format"),
    MND_NO_USER_FROM_CONN(0x0354, "Can not get user from conn"),
    MND_TOO_MANY_USERS(0x0355, "Too many users"),
    MND_INVALID_ALTER_OPER(0x0356, "Invalid alter operation"),
    MND_AUTH_FAILURE(0x0357, "Authentication failure"),
    MND_USER_NOT_AVAILABLE(0x0358, "User not available"),
    MND_STB_ALREADY_EXIST(0x0360, "STable already exists"),
    MND_STB_NOT_EXIST(0x0362, "STable not exist"),
    MND_TOO_MANY_TAGS(0x0364, "Too many tags"),
    MND_TOO_MANY_COLUMNS(0x0365, "Too many columns"),
    MND_TAG_ALREADY_EXIST(0x0369, "Tag already exists"),
    MND_TAG_NOT_EXIST(0x036A, "Tag does not exist"),
    MND_COLUMN_ALREADY_EXIST(0x036B, "Column already exists"),
    MND_COLUMN_NOT_EXIST(0x036C, "Column does not exist"),
    MND_FUNC_NOT_EXIST(0x0374, "Func not exists"),
    MND_DB_NOT_SELECTED(0x0380, "Database not specified or available"),
    MND_DB_ALREADY_EXIST(0x0381, "Database already exists"),
    MND_INVALID_DB_OPTION(0x0382, "Invalid database options"),
    MND_INVALID_DB(0x0383, "Invalid database name"),
    MND_DB_IN_DROPPING(0x0386, "Database in dropping status"),
    MND_DB_NOT_EXIST(0x0388, "Database not exist"),
    MND_DB_RETENTION_PERIOD_ZERO(0x038C, "WAL retention period is zero"),
    MND_DB_IN_CREATING(0x0396, "Database in creating status"),
    MND_NO_ENOUGH_VNODES(0x03BA, "Vnodes exhausted"),
    MND_INVALID_STB_ALTER_OPTION(0x03C2, "Invalid stable alter options"),
    MND_TOPIC_ALREADY_EXIST(0x03E0, "Topic already exists"),
    MND_TOPIC_NOT_EXIST(0x03E1, "Topic not exist"),
    MND_TOO_MANY_TOPICS(0x03E2, "Too many Topics"),
    MND_INVALID_TOPIC(0x03E3, "Invalid topic"),
    MND_INVALID_TOPIC_QUERY(0x03E4, "Topic with invalid query"),
    MND_INVALID_TOPIC_OPTION(0x03E5, "Topic with invalid option"),
    MND_CONSUMER_NOT_EXIST(0x03E6, "Consumer not exist"),
    MND_TOPIC_OPTION_UNCHNAGED(0x03E7, "Topic unchanged"),
    MND_SUBSCRIBE_NOT_EXIST(0x03E8, "Subcribe not exist"),
    MND_OFFSET_NOT_EXIST(0x03E9, "Offset not exist"),
    MND_CONSUMER_NOT_READY(0x03EA, "Consumer not ready"),
    MND_TOPIC_SUBSCRIBED(0x03EB, "Topic subscribed cannot be dropped"),
    MND_CGROUP_USED(0x03EC, "Consumer group being used by some consumer"),
    MND_TOPIC_MUST_BE_DELETED(0x03ED, "Topic must be dropped first"),
    MND_INVALID_SUB_OPTION(0x03EE, "Invalid subscribe option"),
    MND_IN_REBALANCE(0x03EF, "Topic being rebalanced"),
    VND_INVALID_VGROUP_ID(0x0503, "Vnode is closed or removed"),
    VND_NO_WRITE_AUTH(0x0512, "Database write operation denied"),
    TDB_INVALID_TABLE_ID(0x0600, "Invalid table ID"),
    TDB_IVD_TB_SCHEMA_VERSION(0x0602, "Invalid table schema version"),
    TDB_TABLE_ALREADY_EXIST(0x0603, "Table already exists"),
    TDB_TIMESTAMP_OUT_OF_RANGE(0x060B, "Timestamp data out of range"),
    TDB_TABLE_NOT_EXIST(0x0618, "Table not exists"),
    TDB_STB_ALREADY_EXIST(0x0619, "Stable already exists"),
    TDB_STB_NOT_EXIST(0x061A, "Stable not exists"),
    TDB_TABLE_IN_OTHER_STABLE(0x061D, "Table already exists in other stables"),
    QRY_INVALID_QHANDLE(0x0700, "Invalid handle"),
    QRY_TOO_MANY_TIMEWINDOW(0x070A, "Too many groups/time window in query"),
    QRY_NOT_ENOUGH_BUFFER(0x070B, "Query buffer limit has reached"),
    QRY_INVALID_TIME_CONDITION(0x070E, "One valid time range condition expected"),
    QRY_INVALID_INPUT(0x070F, "invalid input"),
    QRY_EXECUTOR_INTERNAL_ERROR(0x0732, "Executor internal error"),
    QRY_REACH_QMEM_THRESHOLD(0x0739, "Query memory upper limit is reached"),
    QRY_QUERY_MEM_EXHAUSTED(0x073A, "Query memory exhausted"),
    QRY_NO_FETCH_TIMEOUT(0x073B, "Timeout for long time no fetch"),
    TQ_NO_COMMITTED_OFFSET(0x0A0D, "TQ no committed offset"),
    PAR_SYNTAX_ERROR(0x2600, "syntax error near"),
    PAR_INCOMPLETE_SQL(0x2601, "Incomplete SQL statement"),
    PAR_INVALID_COLUMN(0x2602, "Invalid column name"),
    PAR_TABLE_NOT_EXIST(0x2603, "Table does not exist"),
    PAR_AMBIGUOUS_COLUMN(0x2604, "Column ambiguously defined"),
    PAR_WRONG_VALUE_TYPE(0x2605, "Invalid value type"),
    PAR_GROUPBY_LACK_EXPRESSION(0x2608, "There mustn't be aggregation"),
    PAR_INVALID_COLUMNS_NUM(0x260C, "Not a single-group group function"),
    PAR_TAGS_NOT_MATCHED(0x260D, "Tags number not matched"),
    PAR_INVALID_TAG_NAME(0x260E, "Invalid tag name"),
    PAR_NAME_OR_PASSWD_TOO_LONG(0x2610, "Name or password too long"),
    PAR_PASSWD_TOO_SHORT_OR_EMPTY(0x2611, "Password too short or empty"),
    PAR_INTER_VALUE_TOO_SMALL(0x2615, "Interval cannot be less than 1 ms"),
    PAR_DB_NOT_SPECIFIED(0x2616, "Database not specified"),
    PAR_INVALID_IDENTIFIER_NAME(0x2617, "Invalid identifier name"),
    PAR_CORRESPONDING_STABLE_ERR(0x2618, "Corresponding super table not in this db"),
    PAR_INVALID_DB_OPTION(0x2619, "Invalid database option"),
    PAR_INTER_OFFSET_TOO_BIG(0x262F, "Interval offset should be shorter than interval"),
    PAR_INTER_SLIDING_TOO_BIG(0x2631, "sliding value no larger than the interval value"),
    PAR_ONLY_ONE_JSON_TAG(0x2633, "Only one tag if there is a json tag"),
    PAR_INCORRECT_NUM_OF_COL(0x2634, "Query block has incorrect number of result columns"),
    PAR_INCORRECT_TIMESTAMP_VAL(0x2635, "Incorrect TIMESTAMP value"),
    PAR_INVALID_TOPIC_QUERY(0x2639, "Invalid topic query"),
    PAR_INVALID_FILL_TIME_RANGE(0x263B, "Start(end) time of query range required or time range too large"),
    PAR_DUPLICATED_COLUMN(0x263C, "Duplicated column names"),
    PAR_INVALID_TAGS_LENGTH(0x263D, "Tags length exceeds max length"),
    PAR_INVALID_ROW_LENGTH(0x263E, "Row length exceeds max length"),
    PAR_ILLEGAL_NUM_OF_COL(0x263F, "Illegal number of columns"),
    PAR_TOO_MANY_COLUMNS(0x2640, "Too many columns"),
    PAR_FIRST_COLUMN(0x2641, "First column must be timestamp"),
    PAR_INVALID_VAR_COLUMN_LEN(0x2642, "Invalid column length for var length type"),
    PAR_INVALID_TAGS_NUM(0x2643, "Invalid number of tag columns"),
    PAR_PERMISSION_DENIED(0x2644, "Permission denied or target object not exist"),
    PAR_INVALID_PASSWD(0x2648, "Invalid password"),
    PAR_INVALID_ALTER_TABLE(0x2649, "Invalid alter table statement"),
    PAR_INVALID_MODIFY_COL(0x264B, "Only varbinary/binary/nchar/geometry column length could be modified, and the length can only be increased, not decreased"),
    PAR_INVALID_TBNAME(0x264C, "Invalid tbname pseudo column"),
    PAR_NOT_ALLOWED_FUNC(0x264F, "Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns."),
    PAR_VALUE_TOO_LONG(0x2653, "Value too long for column/tag"),
    PAR_INVALID_DELETE_WHERE(0x2655, "The DELETE statement must only have a definite time window range"),
    PAR_INVALID_FILL_FUNC(0x2657, "function is not supported in fill query"),
    PAR_INVALID_INTERP_CLAUSE(0x265D, "Missing RANGE clause, EVERY clause or FILL clause"),
    PAR_NO_VALID_FUNC_IN_WIN(0x265E, "No valid function in window query"),
    PAR_GET_META_ERROR(0x2662, "Fail to get table info"),
    PAR_NOT_UNIQUE_TABLE_ALIAS(0x2663, "Not unique table/alias"),
    PAR_INVALID_JOIN_COND(0x2664, "Not supported join since 'Join requires valid time series input and primary timestamp equal condition'"),
    PAR_INVALID_WINDOW_PC(0x2667, "Invalid usage of expr"),
    PAR_INVALID_VARBINARY(0x266A, "Invalid varbinary value"),
    PAR_PRIMARY_KEY_SECOND(0x2678, "composite primary key column must be second column"),
    PAR_PRIMARY_KEY_TYPE(0x2679, "composite primary key column must be of type int, uint, bigint, ubigint, and varchar"),
    PAR_FUNC_NOT_IN_SAME_LIST(0x2680, "Some functions cannot appear in the select list at the same time"),
    PAR_INTERNAL_ERROR(0x26FF, "Parser internal error"),
    FUNC_FUNTION_PARA_NUM(0x2801, "Invalid number of parameters"),
    FUNC_FUNTION_PARA_TYPE(0x2802, "Invalid parameter data type"),
    SML_INVALID_PROTOCOL_TYPE(0x3000, "Invalid line protocol type"),
    SML_INVALID_PRECISION_TYPE(0x3001, "Invalid timestamp precision type"),
    SML_INVALID_DATA(0x3002, "Invalid data format"),
    SML_INVALID_DB_CONF(0x3003, "Invalid schemaless db config"),
    SML_NOT_SAME_TYPE(0x3004, "Not the same type like before"),
    SML_INTERNAL_ERROR(0x3005, "Internal error"),
    SML_NOT_SUPPORT_PK(0x3006, "Can not insert data into table with primary key"),
    TMQ_INVALID_MSG(0x4000, "Invalid message"),
    TMQ_CONSUMER_MISMATCH(0x4001, "Consumer mismatch"),
    TMQ_CONSUMER_CLOSED(0x4002, "Consumer closed"),
    TMQ_CONSUMER_ERROR(0x4003, "Consumer error, to see log"),
    TMQ_TOPIC_OUT_OF_RANGE(0x4004, "Topic num out of range"),
    TMQ_GROUP_OUT_OF_RANGE(0x4005, "Group num out of range 100"),
    TMQ_SNAPSHOT_ERROR(0x4006, "Can not operate in snapshot mode"),
    TMQ_VERSION_OUT_OF_RANGE(0x4007, "Offset out of range"),
    TMQ_INVALID_VGID(0x4008, "VgId does not belong to this consumer"),
    TMQ_INVALID_TOPIC(0x4009, "Topic does not belong to this consumer"),
    TMQ_NEED_INITIALIZED(0x4010, "Assignment or poll interface need to be called first"),
    TMQ_NO_COMMITTED(0x4011, "No committed info"),
    TMQ_SAME_COMMITTED_VALUE(0x4012, "Same committed value"),
    TMQ_REPLAY_NEED_ONE_VGROUP(0x4013, "Replay need only one vgroup if subscribe super table"),
    TMQ_REPLAY_NOT_SUPPORT(0x4014, "Replay is disabled if subscribe db or stable"),
    TMQ_NO_TABLE_QUALIFIED(0x4015, "No table qualified for query"),
    TMQ_NO_NEED_REBALANCE(0x4016, "No need rebalance"),
    TMQ_INVALID_STATUS(0x4017, "Invalid status, please subscribe topic first"),
    TMQ_INVALID_DATA(0x4018, "Invalid data use here"),
    TMQ_RAW_DATA_SPLIT(0x4019, "Split submit data for rawdata"),
    BLOB_ONLY_ONE_COLUMN(0x6306, "only one blob column allowed");

    /** taosAdapter's generic error code, used for protocol-level problems (wrong state, unknown ids). */
    public static final int ADAPTER_ERROR = 0xFFFF;
    /** taosAdapter's request-limit code. */
    public static final int ADAPTER_REQUEST_OVER_LIMIT = 0xFFFE;
    /** taosAdapter's reject-rule code. */
    public static final int ADAPTER_SQL_REJECTED = 0xFFFD;

    private static final Map<Integer, TaosError> BY_CODE = new HashMap<>();

    static {
        for (TaosError e : values()) {
            BY_CODE.putIfAbsent(e.code, e);
        }
    }

    private final int code;
    private final String text;

    TaosError(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The wire code: the low 16 bits of TDengine's 32-bit error value. */
    public int code() {
        return code;
    }

    /** TDengine's standard text for this code. */
    public String text() {
        return text;
    }

    /** The 32-bit value the C API reports ({@code 0x80000000 | code}), a negative int. */
    public int fullCode() {
        return 0x80000000 | code;
    }

    /** {@code "<text>: <detail>"}, the form TDengine uses for e.g. {@code Invalid column name: zz}. */
    public String format(Object detail) {
        return text + ": " + detail;
    }

    /** The error with this wire code, or null when the code is not in the catalogue. */
    public static TaosError ofCode(int code) {
        return BY_CODE.get(code & 0xFFFF);
    }
}
