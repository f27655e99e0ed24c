package io.taos4j.cli.shell;

import java.util.List;

/** The words tab completion offers besides names from the server: TDengine keywords, functions, shell commands. */
public final class SqlWords {
    private SqlWords() {
    }

    static final List<String> KEYWORDS = List.of(
            "alter", "and", "as", "asc", "between", "bigint", "binary", "bool", "buffer", "by", "cachemodel",
            "cachesize", "case", "cast", "child", "cluster", "column", "comment", "comp", "compact", "connections",
            "consumers", "create", "database", "databases", "decimal", "delete", "desc", "describe", "distinct",
            "dnodes", "double", "drop", "duration", "else", "end", "event_window", "exists", "explain", "file",
            "fill", "float", "from", "functions", "geometry", "grants", "group", "having", "if", "in", "index",
            "insert", "int", "interval", "into", "is", "join", "json", "keep", "like", "limit", "linear", "local",
            "match", "mnodes", "nchar", "next", "nmatch", "normal", "not", "null", "null_f", "offset", "on", "or",
            "order", "partition", "pass", "precision", "prev", "privileges", "queries", "replica", "session",
            "select", "show", "sliding", "slimit", "smallint", "soffset", "stable", "stables", "state_window",
            "stream", "streams", "subscriptions", "table", "tables", "tag", "tags", "then", "timestamp", "tinyint",
            "topic", "topics", "ttl", "union", "unsigned", "update", "use", "user", "users", "using", "value",
            "value_f", "values", "varbinary", "varchar", "variables", "vgroups", "view", "when", "where", "window",
            "with");

    static final List<String> FUNCTIONS = List.of(
            "abs", "acos", "apercentile", "asin", "atan", "avg", "bottom", "cast", "ceil", "char_length",
            "client_version", "concat", "concat_ws", "cos", "count", "csum", "current_user", "database", "derivative",
            "diff",
            "elapsed", "exp", "first", "floor", "hyperloglog", "interp", "irate", "last", "last_row", "leastsquares",
            "length", "ln", "log", "lower", "ltrim", "max", "min", "mode", "now", "percentile", "pow", "rand",
            "replace", "round", "rtrim", "sample", "server_status", "server_version", "sign", "sin", "spread",
            "sqrt", "stddev", "substr", "sum", "tail", "tan", "timediff", "timetruncate", "timezone", "to_char",
            "to_iso8601", "to_json", "to_timestamp", "to_unixtimestamp", "today", "top", "trim", "twa", "unique",
            "upper", "_wstart", "_wend", "_wduration", "_rowts", "_irowts", "_qstart", "_qend", "tbname");

    /** True for the keywords above: a name spelled like one must be back-quoted in SQL. */
    public static boolean isKeyword(String word) {
        return KEYWORD_SET.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> KEYWORD_SET = java.util.Set.copyOf(KEYWORDS);

    static final List<String> SHELL = List.of("source", "quit", "exit", "clear", "help", "max_binary_display_width");
}
