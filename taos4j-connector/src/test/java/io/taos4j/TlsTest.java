package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.TaosServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wss://} against the embedded server serving TLS with a certificate made by keytool. */
class TlsTest {
    @TempDir
    static Path dir;
    private static TestCerts certs;
    private static TaosServer server;

    @BeforeAll
    static void start() throws Exception {
        certs = TestCerts.create(dir);
        server = TaosServer.builder().port(0).tls(certs.keyStore(), certs.password()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private String dsn(String host) {
        return "wss://" + host + ":" + server.port();
    }

    @Test
    void trustsACaFile() {
        assertThat(server.dsn()).startsWith("wss://");
        try (Taos taos = TaosBuilder.fromDsn(dsn("localhost") + "?tls_ca_file=" + certs.caPem()).build()) {
            assertThat(taos.query("select server_version()").iterator().next().getString(0))
                    .isEqualTo(TaosServer.VERSION);
        }
    }

    @Test
    void trustsATrustStore() {
        try (Taos taos = TaosBuilder.fromDsn(dsn("localhost")).property(TaosProperty.TLS_TRUST_STORE,
                certs.trustStore().toString()).property(TaosProperty.TLS_TRUST_STORE_PASSWORD, certs.password())
                .build()) {
            assertThat(taos.databases()).contains("information_schema");
        }
    }

    @Test
    void refusesAnUntrustedCertificate() {
        assertThatThrownBy(() -> TaosBuilder.fromDsn(dsn("localhost")).build())
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x000B));
    }

    @Test
    void checksTheHostNameUnlessTold() {
        String viaIp = dsn("127.0.0.1") + "?tls_ca_file=" + certs.caPem();
        assertThatThrownBy(() -> TaosBuilder.fromDsn(viaIp).build())
                .isInstanceOfSatisfying(TaosException.class, e -> assertThat(e.code()).isEqualTo(0x000B));
        try (Taos taos = TaosBuilder.fromDsn(viaIp + "&tls_verify_hostname=false").build()) {
            assertThat(taos.isClosed()).isFalse();
        }
    }

    @Test
    void offersTheConfiguredTlsVersions() {
        for (String version : new String[] {"TLSv1.2", "TLSv1.3"}) {
            try (Taos taos = TaosBuilder.fromDsn(dsn("localhost") + "?tls_ca_file=" + certs.caPem()
                    + "&tls_versions=" + version).build()) {
                assertThat(taos.exec("select 1")).isZero();
            }
        }
    }

    @Test
    void subscribesOverTls() {
        try (Taos taos = TaosBuilder.fromDsn(dsn("localhost") + "?tls_ca_file=" + certs.caPem()).build()) {
            taos.execMany("CREATE DATABASE IF NOT EXISTS tls_tmq", "USE tls_tmq",
                    "CREATE TABLE IF NOT EXISTS t (ts TIMESTAMP, v INT)",
                    "CREATE TOPIC IF NOT EXISTS tls_topic AS SELECT * FROM t",
                    "INSERT INTO t VALUES (1700000000000, 1) (1700000000001, 2)");
        }
        try (Consumer c = TmqBuilder.fromDsn("tmq+wss://localhost:" + server.port() + "/?group.id=g&tls_ca_file="
                + certs.caPem() + "&auto.offset.reset=earliest").build()) {
            c.subscribe("tls_topic");
            assertThat(ConsumerContract.rowsOf(ConsumerContract.drain(c, 2))).isEqualTo(2);
        }
        assertThatThrownBy(() -> TmqBuilder.fromDsn("tmq+wss://localhost:" + server.port() + "/?group.id=g").build())
                .as("an untrusted certificate").isInstanceOfSatisfying(TaosException.class,
                        e -> assertThat(e.code()).isEqualTo(0x000B));
    }

    @Test
    void plainWebSocketToATlsPortFails() {
        assertThatThrownBy(() -> TaosBuilder.fromDsn("ws://127.0.0.1:" + server.port()
                + "?connect_timeout=2s").build()).isInstanceOf(TaosException.class);
    }
}
