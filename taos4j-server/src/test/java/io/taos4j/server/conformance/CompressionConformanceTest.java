package io.taos4j.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.taos4j.server.TaosServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WebSocket permessage-deflate (ws-sql.md §1.2): the server negotiates it the way taosAdapter does, and the official
 * JDBC driver 3.7.9 works against it with {@code enableCompression=true}.
 */
class CompressionConformanceTest {
    private static TaosServer server;

    @BeforeAll
    static void start() {
        server = TaosServer.builder().port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void acceptsTheOfferTheOfficialDriverMakes() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Extensions: permessage-deflate; "
                    + "client_no_context_takeover; server_no_context_takeover\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = readHead(s.getInputStream()).toLowerCase(Locale.ROOT);
            assertThat(head).startsWith("http/1.1 101");
            assertThat(head).contains("sec-websocket-extensions: permessage-deflate")
                    .contains("server_no_context_takeover").contains("client_no_context_takeover");
        }
    }

    @Test
    void answersWithoutExtensionsWhenNoneIsOffered() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String head = readHead(s.getInputStream()).toLowerCase(Locale.ROOT);
            assertThat(head).startsWith("http/1.1 101").doesNotContain("sec-websocket-extensions");
        }
    }

    @Test
    void theOfficialDriverWorksWithCompression() throws SQLException {
        String url = "jdbc:TAOS-WS://127.0.0.1:" + server.port() + "/?user=root&password=taosdata"
                + "&enableCompression=true";
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("create database if not exists jdbc_deflate");
            st.execute("create table jdbc_deflate.t (ts timestamp, v varchar(200))");
            StringBuilder sql = new StringBuilder("insert into jdbc_deflate.t values");
            String text = "compressible text ".repeat(10);
            for (int i = 0; i < 2000; i++) {
                sql.append(" (").append(1_700_000_000_000L + i).append(", '").append(text).append("')");
            }
            assertThat(st.executeUpdate(sql.toString())).isEqualTo(2000);
            int rows = 0;
            try (ResultSet rs = st.executeQuery("select * from jdbc_deflate.t")) {
                while (rs.next()) {
                    assertThat(rs.getString(2)).isEqualTo(text);
                    rows++;
                }
            }
            assertThat(rows).isEqualTo(2000);
            st.execute("drop database jdbc_deflate");
        }
    }

    private static String readHead(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
