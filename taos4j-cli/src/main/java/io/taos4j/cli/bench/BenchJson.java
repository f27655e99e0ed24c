package io.taos4j.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the subset of taosBenchmark's JSON configuration that bench runs: {@code filetype} insert or query; the
 * first database's {@code dbinfo} (name, drop, precision, vgroups); its first super table (name,
 * childtable_count/prefix, child_table_exists, insert_mode, insert_rows, interlace_rows, insert_interval,
 * timestamp_step, start_timestamp, batch_create_tbl_num, columns and tags with type/name/count/len/min/max/values);
 * thread_count, num_of_records_per_req, prepared_rand, query_times; {@code specified_table_query} (threads or
 * concurrent, sqls). A {@code dsn} key (a taos4j addition) names the server. Keys that would change what is
 * measured but are not supported fail; harmless ones are reported as ignored.
 */
public final class BenchJson {
    private static final Set<String> IGNORED = Set.of("cfgdir", "host", "port", "user", "password",
            "connection_pool_size", "create_table_thread_count", "result_file", "confirm_parameter_prompt", "chinese",
            "escape_character", "continue_if_fail", "keep_trying", "trying_interval", "auto_create_table",
            "line_protocol", "childtable_limit", "childtable_offset", "partial_col_num", "disorder_ratio",
            "disorder_range", "sample_format", "sample_file", "use_sample_ts", "tags_file", "query_mode",
            "tcp_transfer", "thread_bind_vgroup", "pre_load_tb_meta");

    private BenchJson() {
    }

    /**
     * Reads {@code file} into a builder (starting from the defaults). Notes about ignored keys go to {@code notes}.
     *
     * @throws IllegalArgumentException for malformed or unsupported configurations
     */
    public static BenchConfig.Builder read(Path file, Consumer<String> notes) throws IOException {
        return read(new ObjectMapper().readTree(file.toFile()), notes);
    }

    /** What {@link #read(Path, Consumer)} reads, from a parsed document. */
    public static BenchConfig.Builder read(JsonNode root, Consumer<String> notes) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the configuration must be a JSON object");
        }
        BenchConfig.Builder b = BenchConfig.builder();
        String filetype = text(root, "filetype", "insert").toLowerCase(Locale.ROOT);
        switch (filetype) {
            case "insert" -> b.insert(true);
            case "query" -> b.insert(false);
            default -> throw new IllegalArgumentException("filetype '" + filetype + "' is not supported; use insert "
                    + "or query");
        }
        ignored(root, notes, "");
        if (root.has("thread_count")) {
            b.threads(integer(root, "thread_count"));
        }
        if (root.has("num_of_records_per_req")) {
            b.rowsPerRequest(integer(root, "num_of_records_per_req"));
        }
        for (String key : List.of("prepared_rand", "prepare_rand")) {
            if (root.has(key)) {
                b.preparedRand(integer(root, key));
            }
        }
        if (root.has("interlace_rows")) {
            b.interlaceRows(integer(root, "interlace_rows"));
        }
        if (root.has("insert_interval")) {
            b.insertIntervalMs(integer(root, "insert_interval"));
        }
        if (root.has("query_times")) {
            b.queryTimes(integer(root, "query_times"));
        }
        JsonNode dbs = root.get("databases");
        if (dbs != null && dbs.isTextual()) {
            b.database(dbs.asText());
        } else if (dbs != null && dbs.isArray() && dbs.size() > 0) {
            if (dbs.size() > 1) {
                throw new IllegalArgumentException("bench runs one database; the configuration has " + dbs.size());
            }
            database(dbs.get(0), b, notes);
        } else if (filetype.equals("insert")) {
            throw new IllegalArgumentException("an insert configuration needs a \"databases\" array");
        }
        JsonNode specified = root.get("specified_table_query");
        if (specified != null) {
            JsonNode threads = specified.has("threads") ? specified.get("threads") : specified.get("concurrent");
            if (threads != null) {
                b.queryThreads(threads.asInt());
            }
            List<String> sqls = new ArrayList<>();
            for (JsonNode q : specified.path("sqls")) {
                sqls.add(q.isTextual() ? q.asText() : text(q, "sql", null));
            }
            b.queries(sqls);
        }
        if (root.has("super_table_query")) {
            throw new IllegalArgumentException("super_table_query is not supported; list the queries under "
                    + "specified_table_query");
        }
        return b;
    }

    /** The configuration's {@code dsn}, or null. */
    public static String dsn(JsonNode root) {
        JsonNode d = root == null ? null : root.get("dsn");
        return d == null || d.isNull() ? null : d.asText();
    }

    private static void database(JsonNode db, BenchConfig.Builder b, Consumer<String> notes) {
        JsonNode info = db.path("dbinfo");
        if (info.has("name")) {
            b.database(info.get("name").asText());
        }
        if (info.has("drop")) {
            b.drop(yes(info.get("drop")));
        }
        if (info.has("precision")) {
            b.precision(info.get("precision").asText());
        }
        if (info.has("vgroups")) {
            b.vgroups(info.get("vgroups").asInt());
        }
        for (Iterator<String> it = info.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!Set.of("name", "drop", "precision", "vgroups").contains(key)) {
                notes.accept("dbinfo." + key + " is not passed to CREATE DATABASE by bench; ignored");
            }
        }
        JsonNode stables = db.path("super_tables");
        if (stables.size() > 1) {
            throw new IllegalArgumentException("bench runs one super table; the configuration has " + stables.size());
        }
        if (stables.size() == 1) {
            superTable(stables.get(0), b, notes);
        }
    }

    private static void superTable(JsonNode st, BenchConfig.Builder b, Consumer<String> notes) {
        ignored(st, notes, "super_tables[0].");
        if (st.has("name")) {
            b.superTable(st.get("name").asText());
        }
        if (st.has("childtable_count")) {
            b.childTables(integer(st, "childtable_count"));
        }
        if (st.has("childtable_prefix")) {
            b.childPrefix(st.get("childtable_prefix").asText());
        }
        if (st.has("child_table_exists")) {
            b.childTablesExist(yes(st.get("child_table_exists")));
        }
        if (st.has("insert_mode")) {
            b.insertMode(st.get("insert_mode").asText());
        }
        if (st.has("insert_rows")) {
            b.rowsPerTable(st.get("insert_rows").asLong());
        }
        if (st.has("interlace_rows")) {
            b.interlaceRows(integer(st, "interlace_rows"));
        }
        if (st.has("insert_interval")) {
            b.insertIntervalMs(integer(st, "insert_interval"));
        }
        if (st.has("timestamp_step")) {
            b.timestampStep(st.get("timestamp_step").asLong());
        }
        if (st.has("start_timestamp")) {
            b.startTimestamp(st.get("start_timestamp").asText());
        }
        if (st.has("batch_create_tbl_num")) {
            b.createTableBatch(integer(st, "batch_create_tbl_num"));
        }
        if (st.has("data_source") && !st.get("data_source").asText().equalsIgnoreCase("rand")) {
            throw new IllegalArgumentException("data_source '" + st.get("data_source").asText()
                    + "' is not supported; bench generates random data (rand)");
        }
        if (st.has("non_stop_mode") && yes(st.get("non_stop_mode"))) {
            throw new IllegalArgumentException("non_stop_mode is not supported; set insert_rows instead");
        }
        if (st.has("columns")) {
            b.columns(columns(st.get("columns"), "c"));
        }
        if (st.has("tags")) {
            b.tags(columns(st.get("tags"), "t"));
        }
    }

    private static List<ColumnSpec> columns(JsonNode array, String prefix) {
        List<ColumnSpec> out = new ArrayList<>();
        for (JsonNode c : array) {
            String type = text(c, "type", null);
            if (type == null) {
                throw new IllegalArgumentException("a column has no \"type\": " + c);
            }
            if (c.has("len") && !type.contains("(")) {
                type = type + "(" + c.get("len").asInt() + ")";
            }
            ColumnSpec spec = ColumnSpec.of(text(c, "name", prefix + out.size()), type);
            if (c.has("min") || c.has("max")) {
                spec = spec.withRange(c.path("min").asDouble(spec.min()), c.path("max").asDouble(spec.max()));
            }
            if (c.has("values")) {
                List<String> values = new ArrayList<>();
                c.get("values").forEach(v -> values.add(v.asText()));
                spec = spec.withValues(values);
            }
            out.addAll(ColumnSpec.repeated(spec, c.path("count").asInt(1)));
        }
        return out;
    }

    private static void ignored(JsonNode node, Consumer<String> notes, String path) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (IGNORED.contains(key)) {
                notes.accept(path + key + " is not used by bench; ignored");
            }
        }
    }

    private static boolean yes(JsonNode v) {
        return v.isBoolean() ? v.asBoolean() : v.asText().equalsIgnoreCase("yes") || v.asText().equals("true");
    }

    private static int integer(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (!v.canConvertToInt() && !v.asText().matches("-?\\d+")) {
            throw new IllegalArgumentException(key + " must be an integer, not " + v);
        }
        return v.isNumber() ? v.asInt() : Integer.parseInt(v.asText());
    }

    private static String text(JsonNode node, String key, String otherwise) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? otherwise : v.asText();
    }
}
