package io.taos4j.cli.bench;

import io.taos4j.Taos;
import io.taos4j.protocol.Precision;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.StringJoiner;

/** The benchmark's database objects: database, super table, child tables (created in batches), and time settings. */
final class Schema {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    private final BenchConfig config;
    private final PrintWriter out;

    Schema(BenchConfig config, PrintWriter out) {
        this.config = config;
        this.out = out;
    }

    /** Creates what is missing (dropping the database first when asked); returns the seconds it took. */
    double create(Taos taos) {
        long start = System.nanoTime();
        String db = Names.quote(config.database());
        String stable = db + "." + Names.quote(config.superTable());
        if (config.drop()) {
            taos.exec("DROP DATABASE IF EXISTS " + db);
        }
        taos.exec("CREATE DATABASE IF NOT EXISTS " + db + " PRECISION '" + config.precision() + "'"
                + (config.vgroups() != null ? " VGROUPS " + config.vgroups() : ""));
        if (!InsertMode.named(config.insertMode()).needsTables()) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "Created database %s in %.6fs (the writes create super table %s and its child"
                    + " tables)%n", config.database(), seconds, config.superTable());
            out.flush();
            return seconds;
        }
        StringJoiner columns = new StringJoiner(", ", "(ts TIMESTAMP, ", ")");
        config.columns().forEach(c -> columns.add(Names.always(c.name()) + " " + c.sqlType()));
        StringJoiner tags = new StringJoiner(", ", "(", ")");
        config.tags().forEach(c -> tags.add(Names.always(c.name()) + " " + c.sqlType()));
        taos.exec("CREATE STABLE IF NOT EXISTS " + stable + " " + columns + " TAGS " + tags);
        if (!config.childTablesExist()) {
            DataGenerator data = new DataGenerator(config.columns(), config.tags(), config.preparedRand(), 0, 1,
                    20_170_714L);
            StringBuilder sql = new StringBuilder();
            for (int t = 0; t < config.childTables(); t++) {
                sql.append(sql.length() == 0 ? "CREATE TABLE" : "").append(" IF NOT EXISTS ").append(db).append('.')
                        .append(Names.quote(config.childTable(t))).append(" USING ").append(stable).append(" TAGS (");
                for (int g = 0; g < data.tagCount(); g++) {
                    sql.append(g == 0 ? "" : ",").append(data.tagLiteral(g, t));
                }
                sql.append(')');
                if ((t + 1) % config.createTableBatch() == 0 || t == config.childTables() - 1) {
                    taos.exec(sql.toString());
                    sql.setLength(0);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "Created database %s, super table %s and %d child tables in %.6fs%n",
                config.database(), config.superTable(), config.childTables(), seconds);
        out.flush();
        return seconds;
    }

    /** The first timestamp in the database's precision: {@code now}, epoch milliseconds, or a local date-time. */
    static long startTicks(BenchConfig config) {
        return Math.multiplyExact(startMillis(config.startTimestamp()), precision(config).ticksPerMilli());
    }

    /**
     * Epoch milliseconds of a start timestamp: {@code now}, a number, or {@code yyyy-MM-dd HH:mm:ss[.SSS]} in the
     * JVM's zone.
     *
     * @throws IllegalArgumentException for anything else
     */
    static long startMillis(String start) {
        String s = start.trim();
        if (s.equalsIgnoreCase("now")) {
            return System.currentTimeMillis();
        }
        if (s.matches("-?\\d+")) {
            return Long.parseLong(s);
        }
        try {
            return LocalDateTime.parse(s, DATE_TIME).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("start timestamp '" + s + "' is neither now, epoch milliseconds"
                    + " nor yyyy-MM-dd HH:mm:ss[.SSS]");
        }
    }

    static Precision precision(BenchConfig config) {
        return switch (config.precision()) {
            case "us" -> Precision.MICROSECONDS;
            case "ns" -> Precision.NANOSECONDS;
            default -> Precision.MILLISECONDS;
        };
    }

    /** An INTERVAL for the average query: about a tenth of the data's time span, at least a second. */
    static long windowSeconds(BenchConfig config) {
        double spanSeconds = (double) config.rowsPerTable() * config.timestampStep()
                / precision(config).ticksPerSecond();
        return Math.max(1, (long) Math.ceil(spanSeconds / 10));
    }
}
