package io.taos4j.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.TaosServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * TDengine's REST client for Node.js ({@code @tdengine/rest} 3.0.3, installed with npm into
 * {@code target/node-rest} on first use) runs DDL, an insert, a query and a failing query against the embedded
 * server. Needs {@code node} and {@code npm} on the PATH and the npm registry reachable the first time; without them
 * the test fails with the reason.
 */
class NodeRestClientTest {
    private static final String PACKAGE = "@tdengine/rest@3.0.3";
    private static final Path DIR = Path.of("target", "node-rest").toAbsolutePath();

    private static String run(List<String> command, Path dir, String port, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (port != null) {
            pb.environment().put("TAOS_PORT", port);
        }
        Process p = pb.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s exited with output:%n%s", command, text).isZero();
        return text;
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        if (!Files.exists(DIR.resolve("node_modules/@tdengine/rest/package.json"))) {
            run(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", DIR.toString(),
                    PACKAGE), DIR, null, 300);
        }
        try (InputStream script = NodeRestClientTest.class.getResourceAsStream("/node/rest-client.js")) {
            Files.copy(script, DIR.resolve("rest-client.js"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void nodeRestClientQueriesAndInserts() throws Exception {
        install();
        try (TaosServer server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start()) {
            String out = run(List.of("node", "rest-client.js"), DIR, String.valueOf(server.port()), 120);
            List<String> lines = out.lines().filter(l -> l.startsWith("{")).toList();
            assertThat(lines).as(out).hasSize(5);
            assertThat(lines.get(0)).startsWith("{\"affected\":0,");
            assertThat(lines.get(2)).startsWith("{\"affected\":2,");
            assertThat(lines.get(3)).isEqualTo("{\"affected\":2,\"meta\":["
                    + "{\"columnName\":\"ts\",\"typeName\":\"TIMESTAMP\",\"size\":8},"
                    + "{\"columnName\":\"current\",\"typeName\":\"FLOAT\",\"size\":4},"
                    + "{\"columnName\":\"voltage\",\"typeName\":\"INT\",\"size\":4},"
                    + "{\"columnName\":\"note\",\"typeName\":\"NCHAR\",\"size\":8},"
                    + "{\"columnName\":\"location\",\"typeName\":\"VARCHAR\",\"size\":24}],"
                    + "\"data\":[[\"2023-11-14T22:13:20.000Z\",10.5,220,\"ok\",\"SF\"],"
                    + "[\"2023-11-14T22:13:20.001Z\",11.25,221,null,\"SF\"]],\"code\":0}");
            assertThat(lines.get(4)).isEqualTo("{\"code\":9731,\"desc\":\"Table does not exist\"}");
        }
    }
}
