package io.taos4j.cli;

import io.taos4j.Block;
import io.taos4j.Field;
import io.taos4j.ResultSet;
import io.taos4j.Row;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import io.taos4j.server.TaosServer;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./taos4j demo}: the Rust connector's walk-through, in Java, against an embedded server started in this JVM
 * (reached over the WebSocket protocol on a loopback port) or against any TDengine given with {@code --dsn}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Walk through the connector: create, insert, query and map rows to records.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--dsn", description = "Run against this server instead of an embedded one "
            + "(default: the TAOS_DSN environment variable, else an embedded server), e.g. ws://localhost:6041")
    String dsn;

    /** One row of {@code meters}, as the seed maps it with serde. */
    record Record(Instant ts, Float current, Integer voltage, Float phase, int groupid, String location) {
    }

    private final PrintStream out;

    DemoCommand() {
        this(System.out);
    }

    DemoCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        String target = dsn != null ? dsn : System.getenv("TAOS_DSN");
        TaosServer server = null;
        if (target == null || target.isBlank()) {
            server = TaosServer.builder().port(0).start();
            target = server.dsn();
            out.println("Started an embedded TDengine-compatible server in this JVM at " + target);
            out.println("(use --dsn ws://host:6041 to run the same walk-through against your TDengine)");
        }
        try (Taos taos = TaosBuilder.fromDsn(target).build()) {
            out.println("Connected to " + target + ", server version " + taos.serverVersion());
            walkThrough(taos);
            powerMeters(taos);
            out.println();
            out.println("Done.");
            return 0;
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private void walkThrough(Taos taos) {
        String db = "query";
        section("1. Prepare the database");
        exec(taos, "DROP DATABASE IF EXISTS `" + db + "`", "CREATE DATABASE `" + db + "`", "USE `" + db + "`");

        section("2. Create a super table and child tables, insert six rows");
        List<String> statements = List.of(
                "CREATE TABLE `meters` (`ts` TIMESTAMP, `current` FLOAT, `voltage` INT, `phase` FLOAT) "
                        + "TAGS (`groupid` INT, `location` BINARY(24))",
                "CREATE TABLE `d0` USING `meters` TAGS(0, 'California.LosAngles')",
                "INSERT INTO `d0` values(now - 10s, 10, 116, 0.32)",
                "INSERT INTO `d0` values(now - 8s, NULL, NULL, NULL)",
                "INSERT INTO `d1` USING `meters` TAGS(1, 'California.SanFrancisco') values(now - 9s, 10.1, 119, 0.33)",
                "INSERT INTO `d1` values (now-8s, 10, 120, 0.33) (now - 6s, 10, 119, 0.34) (now - 4s, 11.2, 118, 0.322)");
        statements.forEach(s -> out.println("  > " + s));
        long inserted = taos.execMany(statements);
        if (inserted != 6) {
            throw new IllegalStateException("expected 6 inserted rows, the server reported " + inserted);
        }
        out.println("  inserted " + inserted + " rows (as expected)");

        section("3. Query: rows streamed block by block");
        try (ResultSet rs = taos.query("SELECT * FROM `meters`")) {
            List<String> names = new ArrayList<>();
            for (Field f : rs.fields()) {
                names.add(f.name() + " " + f.typeName());
            }
            out.println("  fields: " + String.join(", ", names));
            List<List<String>> rows = new ArrayList<>();
            Block block;
            while ((block = rs.nextBlock()) != null) {
                for (Row row : block) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(v -> cells.add(v.toString()));
                    rows.add(cells);
                }
            }
            printTable(rs.fields(), rows);
        }

        section("4. Map rows into a Java record");
        out.println("  record Record(Instant ts, Float current, Integer voltage, Float phase, int groupid, "
                + "String location)");
        List<Record> records = taos.query("SELECT * FROM `meters`", Record.class);
        records.forEach(r -> out.println("  " + r));
    }

    private void powerMeters(Taos taos) {
        section("5. The power.meters SQL write example");
        exec(taos, "CREATE DATABASE IF NOT EXISTS power",
                "CREATE STABLE IF NOT EXISTS power.meters (ts TIMESTAMP, current FLOAT, voltage INT, phase FLOAT) "
                        + "TAGS (groupId INT, location BINARY(24))");
        String insert = "INSERT INTO "
                + "power.d1001 USING power.meters TAGS(2,'California.SanFrancisco') "
                + "VALUES (NOW + 1a, 10.30000, 219, 0.31000) (NOW + 2a, 12.60000, 218, 0.33000) "
                + "(NOW + 3a, 12.30000, 221, 0.31000) "
                + "power.d1002 USING power.meters TAGS(3, 'California.SanFrancisco') "
                + "VALUES (NOW + 1a, 10.30000, 218, 0.25000) "
                + "power.d1003 USING power.meters TAGS(2, 'California.LosAngeles') "
                + "VALUES (NOW + 1a, 11.80000, 221, 0.28000) (NOW + 2a, 13.40000, 223, 0.29000) "
                + "power.d1004 USING power.meters TAGS(3, 'California.LosAngeles') "
                + "VALUES (NOW + 1a, 10.80000, 223, 0.29000) (NOW + 2a, 11.50000, 221, 0.35000)";
        out.println("  > " + insert);
        long rows = taos.exec(insert);
        out.println("  Successfully inserted " + rows + " rows to power.meters.");

        section("6. The query example");
        String sql = "SELECT ts, current, location FROM power.meters LIMIT 100";
        out.println("  > " + sql);
        try (ResultSet rs = taos.query(sql)) {
            List<List<String>> table = new ArrayList<>();
            for (Row row : rs) {
                table.add(List.of(String.valueOf(row.getInstant("ts")), String.valueOf(row.getFloat("current")),
                        row.getString("location")));
            }
            printTable(rs.fields(), table);
        }
    }

    private void exec(Taos taos, String... sqls) {
        for (String sql : sqls) {
            out.println("  > " + sql);
            taos.exec(sql);
        }
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    /** An aligned text table: one header line, one line per row. */
    private void printTable(List<Field> fields, List<List<String>> rows) {
        int n = fields.size();
        int[] width = new int[n];
        for (int c = 0; c < n; c++) {
            width[c] = fields.get(c).name().length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        StringBuilder header = new StringBuilder("  ");
        StringBuilder rule = new StringBuilder("  ");
        for (int c = 0; c < n; c++) {
            header.append(pad(fields.get(c).name(), width[c])).append(c < n - 1 ? " | " : "");
            rule.append("-".repeat(width[c])).append(c < n - 1 ? "-+-" : "");
        }
        out.println(header);
        out.println(rule);
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < n; c++) {
                line.append(pad(r.get(c), width[c])).append(c < n - 1 ? " | " : "");
            }
            out.println(line);
        }
        out.println("  (" + rows.size() + " rows)");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
