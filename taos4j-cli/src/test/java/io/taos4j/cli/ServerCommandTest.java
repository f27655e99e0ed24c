package io.taos4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.ResultSet;
import io.taos4j.Taos;
import io.taos4j.TaosBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ./taos4j server} serves the WebSocket protocol on the port it prints until it is stopped. */
class ServerCommandTest {

    @Test
    void servesClientsOnLoopbackUntilStopped() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CountDownLatch stop = new CountDownLatch(1);
        CommandLine cl = Main.reportingErrors(new CommandLine(new ServerCommand(out, stop)));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("--port", "0"));

        String dsn = awaitDsn(bytes, exit);
        assertThat(dsn).startsWith("ws://127.0.0.1:");
        try (Taos taos = TaosBuilder.fromDsn(dsn).build()) {
            taos.execMany("create database cli", "create table cli.t (ts timestamp, v int)",
                    "insert into cli.t values ('2024-01-01 00:00:00', 7)");
            try (ResultSet rs = taos.query("select v from cli.t")) {
                assertThat(rs.rows().map(r -> r.getInt(0)).toList()).containsExactly(7);
            }
        }
        stop.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("(in memory)")
                .contains("jdbc:TAOS-WS://127.0.0.1:");
    }

    @Test
    void withADataDirectoryRowsSurviveARestart() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "cli-data");
        for (int run = 0; run < 2; run++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            CountDownLatch stop = new CountDownLatch(1);
            CommandLine cl = Main.reportingErrors(new CommandLine(new ServerCommand(out, stop)));
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                    () -> cl.execute("--port", "0", "--data", data.toString()));
            String dsn = awaitDsn(bytes, exit);
            try (Taos taos = TaosBuilder.fromDsn(dsn).build()) {
                if (run == 0) {
                    taos.execMany("create database cli", "create table cli.t (ts timestamp, v int)",
                            "insert into cli.t values ('2024-01-01 00:00:00', 7)");
                }
                try (ResultSet rs = taos.query("select v from cli.t")) {
                    assertThat(rs.rows().map(r -> r.getInt(0)).toList()).containsExactly(7);
                }
            }
            stop.countDown();
            assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("(data in " + data + ")");
        }
    }

    @Test
    void aDataDirectoryInUseFailsClearly() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "cli-busy");
        try (io.taos4j.server.TaosServer holder = io.taos4j.server.TaosServer.builder().port(0).dataDir(data)
                .start()) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CommandLine cl = Main.reportingErrors(new CommandLine(
                    new ServerCommand(new PrintStream(new ByteArrayOutputStream()), new CountDownLatch(1))));
            cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
            assertThat(cl.execute("--port", "0", "--data", data.toString())).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("in use");
        }
    }

    private static String awaitDsn(ByteArrayOutputStream bytes, CompletableFuture<Integer> exit)
            throws InterruptedException {
        Pattern listening = Pattern.compile("listening on (ws://\\S+)");
        for (int i = 0; i < 600 && !exit.isDone(); i++) {
            Matcher m = listening.matcher(bytes.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not start: " + bytes.toString(StandardCharsets.UTF_8)
                + (exit.isDone() ? " (exit " + exit.join() + ")" : ""));
    }
}
