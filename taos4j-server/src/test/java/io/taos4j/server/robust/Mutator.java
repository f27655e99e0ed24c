package io.taos4j.server.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Seeded mutations of captured client frames: byte-level damage (flips, cuts, insertions), JSON-aware changes (a
 * field of another type, another action's name, a removed or case-folded key) and binary-header changes (ids,
 * action codes, versions, lying lengths, SQL token edits with the length fixed up). Deterministic for a given
 * {@link Random}.
 */
final class Mutator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ACTIONS = {"version", "conn", "query", "fetch", "fetch_block", "free_result",
        "num_fields", "insert", "get_current_db", "get_server_info", "options_connection", "check_server_status",
        "get_connection_info", "init", "prepare", "set_table_name", "set_tags", "bind", "add_batch", "exec",
        "close", "get_col_fields", "get_tag_fields", "use_result", "stmt_num_params", "stmt_get_param",
        "stmt2_init", "stmt2_prepare", "stmt2_exec", "stmt2_result", "stmt2_close", "subscribe", "poll", ""};
    private static final String[] TOKENS = {"select", "from", "where", "and", "or", "not", "null", "*", ",", "(",
        ")", "'", "\"", "`", ";", "-", "+", "/", "%", "=", "<>", "0", "-1", "1e308", "9223372036854775808",
        "'2024-01-01'", "now", "interval(1s)", "fill(prev)", "group by", "order by", "limit", "1", "ts", "tbname",
        "count(*)", "last(*)", "\\", "\u00e9", "\u0000", "union all", "join", "on", "partition by", "as", "desc"};
    private static final JsonNode[] VALUES = {
        JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.booleanNode(true),
        JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.numberNode(0),
        JsonNodeFactory.instance.numberNode(1.5), JsonNodeFactory.instance.numberNode(Long.MAX_VALUE),
        JsonNodeFactory.instance.numberNode(new java.math.BigInteger("18446744073709551616")),
        JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.textNode("select 1"),
        JsonNodeFactory.instance.arrayNode().add(1), JsonNodeFactory.instance.objectNode()};

    private final Random random;
    /** Supplies a result id the server holds (or 0), so that mutated frames often reach live results. */
    private final LongSupplier liveId;

    Mutator(Random random, LongSupplier liveId) {
        this.random = random;
        this.liveId = liveId;
    }

    String text(String frame) {
        int rounds = 1 + random.nextInt(3);
        String s = frame;
        for (int i = 0; i < rounds; i++) {
            s = random.nextInt(3) == 0 ? new String(bytes(s.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8) : json(s);
        }
        return s;
    }

    byte[] binary(byte[] frame) {
        int rounds = 1 + random.nextInt(3);
        byte[] b = frame;
        for (int i = 0; i < rounds; i++) {
            b = switch (random.nextInt(4)) {
                case 0 -> bytes(b);
                case 1, 2 -> header(b);
                default -> sql(b);
            };
        }
        return b;
    }

    /** Byte-level damage. */
    private byte[] bytes(byte[] b) {
        if (b.length == 0) {
            return new byte[] {(byte) random.nextInt()};
        }
        int at = random.nextInt(b.length);
        switch (random.nextInt(6)) {
            case 0 -> {
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << random.nextInt(8));
                return c;
            }
            case 1 -> {
                return Arrays.copyOf(b, at);
            }
            case 2 -> {
                int end = Math.min(b.length, at + 1 + random.nextInt(16));
                byte[] c = new byte[b.length - (end - at)];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, end, c, at, b.length - end);
                return c;
            }
            case 3 -> {
                byte[] ins = new byte[1 + random.nextInt(8)];
                random.nextBytes(ins);
                return splice(b, at, ins);
            }
            case 4 -> {
                int end = Math.min(b.length, at + 1 + random.nextInt(32));
                return splice(b, at, Arrays.copyOfRange(b, at, end));
            }
            default -> {
                byte[] c = b.clone();
                String punctuation = "{}[]\":,\\0-9eE+.";
                c[at] = (byte) punctuation.charAt(random.nextInt(punctuation.length()));
                return c;
            }
        }
    }

    private static byte[] splice(byte[] b, int at, byte[] ins) {
        byte[] c = new byte[b.length + ins.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(ins, 0, c, at, ins.length);
        System.arraycopy(b, at, c, at + ins.length, b.length - at);
        return c;
    }

    /** JSON-aware changes; text that is no longer JSON gets byte damage instead. */
    private String json(String s) {
        JsonNode root;
        try {
            root = JSON.readTree(s);
        } catch (Exception e) {
            return new String(bytes(s.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        if (!(root instanceof ObjectNode o)) {
            return s;
        }
        JsonNode args = o.get("args");
        switch (random.nextInt(6)) {
            case 0 -> o.put("action", ACTIONS[random.nextInt(ACTIONS.length)]);
            case 1 -> {
                if (args instanceof ObjectNode a && a.size() > 0) {
                    a.set(pick(a), VALUES[random.nextInt(VALUES.length)]);
                } else {
                    o.set("args", VALUES[random.nextInt(VALUES.length)]);
                }
            }
            case 2 -> {
                if (args instanceof ObjectNode a && a.size() > 0) {
                    a.remove(pick(a));
                } else {
                    o.remove("args");
                }
            }
            case 3 -> {
                if (args instanceof ObjectNode a && a.size() > 0) {
                    String key = pick(a);
                    JsonNode v = a.remove(key);
                    a.set(random.nextBoolean() ? key.toUpperCase() : key.replace('s', '\u017f'), v);
                }
            }
            case 4 -> {
                if (args instanceof ObjectNode a) {
                    long id = liveId.getAsLong();
                    a.put(random.nextBoolean() ? "id" : "result_id", id);
                    a.put("req_id", random.nextInt(1000));
                }
            }
            default -> {
                if (args instanceof ObjectNode a && a.path("sql").isTextual()) {
                    a.put("sql", sqlText(a.get("sql").asText()));
                } else {
                    o.put("action", ACTIONS[random.nextInt(ACTIONS.length)]);
                }
            }
        }
        return o.toString();
    }

    private String pick(ObjectNode a) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = a.fieldNames(); it.hasNext();) {
            keys.add(it.next());
        }
        return keys.get(random.nextInt(keys.size()));
    }

    /** Changes to the 24-byte header, the version and the SQL length field. */
    private byte[] header(byte[] b) {
        if (b.length < 24) {
            return bytes(b);
        }
        ByteBuffer buf = ByteBuffer.wrap(b.clone()).order(ByteOrder.LITTLE_ENDIAN);
        long[] interesting = {0, 1, 2, liveId.getAsLong(), Long.MIN_VALUE, -1, random.nextLong()};
        switch (random.nextInt(5)) {
            case 0 -> buf.putLong(0, interesting[random.nextInt(interesting.length)]);
            case 1 -> buf.putLong(8, interesting[random.nextInt(interesting.length)]);
            case 2 -> buf.putLong(16, random.nextInt(4) == 0 ? interesting[random.nextInt(interesting.length)]
                    : random.nextInt(13));
            case 3 -> {
                if (b.length >= 26) {
                    buf.putShort(24, (short) new int[] {0, 1, 2, 0xFFFF}[random.nextInt(4)]);
                }
            }
            default -> {
                if (b.length >= 30) {
                    int n = b.length - 30;
                    buf.putInt(26, new int[] {0, n - 1, n, n + 1, Integer.MAX_VALUE, -1}[random.nextInt(6)]);
                }
            }
        }
        return buf.array();
    }

    /** Token edits in the SQL of a binary_query / validate_sql frame, with its length field fixed up. */
    private byte[] sql(byte[] b) {
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        if (b.length < 31 || buf.getLong(16) != 6 && buf.getLong(16) != 10) {
            return header(b);
        }
        String sql = new String(b, 30, b.length - 30, StandardCharsets.UTF_8);
        byte[] s = sqlText(sql).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(30 + s.length).order(ByteOrder.LITTLE_ENDIAN).put(b, 0, 26).putInt(s.length)
                .put(s).array();
    }

    private String sqlText(String sql) {
        String[] words = sql.split(" ", -1);
        List<String> w = new ArrayList<>(Arrays.asList(words));
        int at = random.nextInt(w.size());
        switch (random.nextInt(4)) {
            case 0 -> w.remove(at);
            case 1 -> w.add(at, TOKENS[random.nextInt(TOKENS.length)]);
            case 2 -> w.set(at, TOKENS[random.nextInt(TOKENS.length)]);
            default -> w.add(at, w.get(random.nextInt(w.size())));
        }
        return String.join(" ", w);
    }
}
