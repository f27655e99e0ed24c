package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.TaosServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the connector logs (read through the test binding {@link LogCapture}), and that secrets never appear. */
class LoggingTest {
    private static final String SECRET = "S3cr3t_pw_4_log";

    @Test
    void passwordsNeverReachTheLog() throws Exception {
        List<String> lines;
        try (TaosServer server = TaosServer.builder().port(0).start(); TcpProxy proxy = new TcpProxy(server.port())) {
            try (Taos admin = TaosBuilder.fromDsn(server.dsn()).build()) {
                admin.exec("create user logger pass '" + SECRET + "'");
            }
            LogCapture.start();
            try {
                String dsn = "ws://logger:" + SECRET + "@127.0.0.1:" + proxy.port() + "?reconnect_backoff=20ms";
                try (Taos taos = TaosBuilder.fromDsn(dsn).build()) {
                    taos.exec("select 1");
                    proxy.cutAll();
                    taos.exec("select 1");
                    assertThatThrownBy(() -> taos.exec("alter user nosuch pass '" + SECRET + "'"))
                            .isInstanceOf(TaosException.class);
                }
                assertThatThrownBy(() -> TaosBuilder.fromDsn("ws://logger:" + SECRET + "x@127.0.0.1:" + proxy.port())
                        .build()).isInstanceOf(TaosException.class);
                try (Pool pool = TaosBuilder.fromDsn(dsn).pool(); Taos taos = pool.get()) {
                    taos.exec("select 1");
                }
            } finally {
                lines = LogCapture.stop();
            }
        }
        assertThat(lines).anyMatch(l -> l.contains("INFO") && l.contains("connected to"));
        assertThat(lines).anyMatch(l -> l.contains("WARN") && l.contains("lost; reconnecting"));
        assertThat(lines).anyMatch(l -> l.contains("reconnected to"));
        assertThat(lines).anyMatch(l -> l.contains("DEBUG") && l.contains("req_id=") && l.contains("alter user nosuch"));
        assertThat(lines).noneMatch(l -> l.contains(SECRET));
    }

    @Test
    void sqlSecretsAreMasked() {
        assertThat(LogText.sql("CREATE USER u PASS 'abc''d'")).isEqualTo("CREATE USER u PASS '******'");
        assertThat(LogText.sql("alter user u pass \"x y\" sysinfo 0")).isEqualTo("alter user u pass '******' sysinfo 0");
        assertThat(LogText.sql("select 'pass' from t")).isEqualTo("select 'pass' from t");
        assertThat(LogText.sql("x".repeat(600))).hasSizeLessThan(560).endsWith("(600 chars)");
    }
}
