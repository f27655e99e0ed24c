package io.taos4j;

import io.taos4j.protocol.tmq.TmqRequest;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The consumer options of a {@link TaosProperties} as a {@code subscribe} request (tmq.md §3.2, §3.3). */
final class TmqSubscribe {
    private TmqSubscribe() {
    }

    /**
     * The {@code subscribe} request for these options (tmq.md §3.2): named fields for the keys the adapter names,
     * {@code config} for the other consumer keys and for keys the catalogue does not know; only what was set is
     * sent, so the server's defaults apply to the rest. {@code auto_commit} is always {@code "false"}: this client
     * commits by itself.
     */
    static TmqRequest.Subscribe request(TaosProperties props, List<String> topics, long reqId) {
        Map<String, String> config = new LinkedHashMap<>();
        for (TaosProperty p : List.of(TaosProperty.ENABLE_REPLAY, TaosProperty.HEARTBEAT_INTERVAL,
                TaosProperty.FETCH_MAX_WAIT, TaosProperty.MIN_POLL_ROWS, TaosProperty.ENABLE_WAL_MARKER)) {
            if (props.isSet(p)) {
                config.put(p.key(), text(props, p));
            }
        }
        config.putAll(props.unknownKeys());
        ZoneId tz = props.getZoneId(TaosProperty.TIMEZONE);
        String ip = props.getString(TaosProperty.APP_IP);
        return new TmqRequest.Subscribe(reqId, props.getString(TaosProperty.USER),
                props.getString(TaosProperty.PASSWORD), props.getString(TaosProperty.DATABASE),
                props.getString(TaosProperty.GROUP_ID), props.getString(TaosProperty.CLIENT_ID), null,
                ifSet(props, TaosProperty.AUTO_OFFSET_RESET), topics, "false", null,
                ifSet(props, TaosProperty.SNAPSHOT_ENABLE), ifSet(props, TaosProperty.MSG_WITH_TABLE_NAME),
                ifSet(props, TaosProperty.MSG_ENABLE_BATCHMETA), ifSet(props, TaosProperty.MSG_CONSUME_EXCLUDED),
                ifSet(props, TaosProperty.SESSION_TIMEOUT), ifSet(props, TaosProperty.MAX_POLL_INTERVAL),
                ifSet(props, TaosProperty.MSG_CONSUME_RAWDATA), tz == null ? null : tz.getId(),
                props.getString(TaosProperty.APP), ip == null ? "" : ip, "taos4j-" + TaosConnection.VERSION, null,
                config.isEmpty() ? null : config);
    }

    private static String ifSet(TaosProperties props, TaosProperty p) {
        return props.isSet(p) ? text(props, p) : null;
    }

    /**
     * A consumer value as TDengine's {@code tmq_conf_set} reads it: milliseconds for durations, {@code true/false}
     * for booleans, except the 0/1 keys TDengine parses as integers (where {@code "true"} would silently mean off,
     * tmq.md §7).
     */
    private static String text(TaosProperties props, TaosProperty p) {
        return switch (p.type()) {
            case DURATION -> Long.toString(props.getDuration(p).toMillis());
            case BOOLEAN -> switch (p) {
                case MSG_ENABLE_BATCHMETA, MSG_CONSUME_EXCLUDED, MSG_CONSUME_RAWDATA -> props.getBoolean(p) ? "1" : "0";
                default -> Boolean.toString(props.getBoolean(p));
            };
            default -> String.valueOf(props.get(p));
        };
    }
}
