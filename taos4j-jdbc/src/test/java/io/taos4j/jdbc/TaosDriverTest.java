package io.taos4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class TaosDriverTest {
    private final TaosDriver driver = new TaosDriver();

    @Test
    void acceptsExactlyItsUrlForms() throws SQLException {
        assertThat(driver.acceptsURL("jdbc:taos4j:ws://localhost:6041")).isTrue();
        assertThat(driver.acceptsURL("jdbc:taos4j:taos+mem://")).isTrue();
        assertThat(driver.acceptsURL("jdbc:TAOS-WS://localhost:6041/db")).isTrue();
        assertThat(driver.acceptsURL("jdbc:TAOS-RS://localhost:6041/db")).isTrue();
        assertThat(driver.acceptsURL("jdbc:TAOS://localhost:6030/db")).isFalse();
        assertThat(driver.acceptsURL("jdbc:taos-ws://localhost:6041/db")).isFalse();
        assertThat(driver.acceptsURL("jdbc:TAOS-WSX://localhost")).isFalse();
        assertThat(driver.acceptsURL("jdbc:postgresql://localhost/db")).isFalse();
        assertThat(driver.connect("jdbc:TAOS://localhost:6030/db", new Properties())).isNull();
        assertThatThrownBy(() -> driver.acceptsURL(null)).isInstanceOf(SQLException.class);
    }

    @Test
    void isRegisteredThroughServiceLoader() throws SQLException {
        assertThat(ServiceLoader.load(java.sql.Driver.class).stream().map(p -> p.type().getName()))
                .contains(TaosDriver.class.getName());
        assertThat(DriverManager.getDriver("jdbc:taos4j:ws://localhost:6041")).isInstanceOf(TaosDriver.class);
    }

    @Test
    void reportsItsOwnVersionAndIsNotJdbcCompliant() {
        assertThat(driver.getMajorVersion()).isZero();
        assertThat(driver.getMinorVersion()).isEqualTo(1);
        assertThat(driver.jdbcCompliant()).isFalse();
        assertThatThrownBy(driver::getParentLogger).isInstanceOf(SQLFeatureNotSupportedException.class);
    }

    @Test
    void connectsWithEveryUrlForm() throws SQLException {
        int port = TestServer.get().port();
        for (String url : new String[] {TestServer.taos4jUrl(""), TestServer.wsUrl(""),
            "jdbc:TAOS-RS://127.0.0.1:" + port + "/?user=root&password=taosdata", "jdbc:taos4j:taos+mem://drv"}) {
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select 1 + 1")) {
                assertThat(rs.next()).as(url).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(c.getMetaData().getURL()).doesNotContain("taosdata");
            }
        }
    }

    @Test
    void takesCredentialsFromPropertiesWhenTheUrlHasNone() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "root");
        p.setProperty("password", "taosdata");
        p.setProperty("messageWaitTimeout", "30000");
        String url = "jdbc:TAOS-WS://127.0.0.1:" + TestServer.get().port() + "/";
        try (Connection c = driver.connect(url, p)) {
            assertThat(c.isValid(5)).isTrue();
            assertThat(c.getMetaData().getUserName()).isEqualTo("root");
        }
        Properties host = new Properties();
        host.setProperty("host", "127.0.0.1");
        host.setProperty("port", String.valueOf(TestServer.get().port()));
        try (Connection c = driver.connect("jdbc:TAOS-WS://?user=root&password=taosdata", host)) {
            assertThat(c.isValid(5)).isTrue();
        }
        // the URL wins over Properties
        Properties wrong = new Properties();
        wrong.setProperty("password", "wrong");
        try (Connection c = driver.connect(TestServer.wsUrl(""), wrong)) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    @Test
    void failsClearly() {
        Properties wrong = new Properties();
        wrong.setProperty("password", "wrong");
        String url = "jdbc:TAOS-WS://127.0.0.1:" + TestServer.get().port() + "/";
        assertThatThrownBy(() -> driver.connect(url, wrong))
                .isInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .hasMessageContaining("Authentication failure")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28000"));
        assertThatThrownBy(() -> driver.connect(TestServer.wsUrl("no_such_db_x"), new Properties()))
                .isInstanceOf(SQLNonTransientException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x0388))
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("3D000"));
        assertThatThrownBy(() -> driver.connect("jdbc:TAOS-WS://127.0.0.1:1/?connectTimeout=2s", new Properties()))
                .isInstanceOf(SQLTransientConnectionException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
        assertThatThrownBy(() -> driver.connect(TestServer.wsUrl("") + "&messageWaitTimeout=soon", new Properties()))
                .isInstanceOf(SQLDataException.class)
                .hasMessageContaining("read_timeout (given as messageWaitTimeout)")
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(0x0118));
        assertThatThrownBy(() -> driver.connect(TestServer.wsUrl("") + "&charset=GBK", new Properties()))
                .isInstanceOf(SQLDataException.class)
                .hasMessageContaining("must be UTF-8");
        assertThatThrownBy(() -> driver.connect("jdbc:taos4j:taos://localhost:6030", new Properties()))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("native connections");
    }

    @Test
    void describesEveryOptionFromTheCatalogue() throws SQLException {
        DriverPropertyInfo[] info = driver.getPropertyInfo(TestServer.wsUrl("db1") + "&timezone=UTC",
                new Properties());
        assertThat(Arrays.stream(info).map(i -> i.name)).contains("user", "password", "database", "timezone",
                "connect_timeout", "read_timeout", "compression", "tls", "reconnect", "batchErrorIgnore", "conmode",
                "charset").doesNotContain("group.id", "pool_max_size");
        DriverPropertyInfo timezone = Arrays.stream(info).filter(i -> i.name.equals("timezone")).findFirst()
                .orElseThrow();
        assertThat(timezone.value).isEqualTo("UTC");
        DriverPropertyInfo password = Arrays.stream(info).filter(i -> i.name.equals("password")).findFirst()
                .orElseThrow();
        assertThat(password.value).isEqualTo("******");
        assertThat(Arrays.stream(info).filter(i -> i.name.equals("database")).findFirst().orElseThrow().value)
                .isEqualTo("db1");
        DriverPropertyInfo compression = Arrays.stream(info).filter(i -> i.name.equals("compression")).findFirst()
                .orElseThrow();
        assertThat(compression.choices).containsExactly("true", "false");
        assertThat(compression.description).contains("enableCompression");
    }
}
