package io.taos4j.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.TaosServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Users and the {@code conn} action through the official JDBC driver: passwords are checked at login with TDengine's
 * errors (ws-sql.md §3.2, errors.md §5.4), and CREATE/ALTER/DROP USER take effect on the next login.
 */
class UserAuthenticationTest {
    private static TaosServer server;

    @BeforeAll
    static void start() throws SQLException {
        server = TaosServer.builder().port(0).timezone(ZoneOffset.UTC).start();
        try (Connection c = connect("root", "taosdata"); Statement st = c.createStatement()) {
            st.execute("create user alice pass 'Alice#2024'");
            st.execute("create user bob pass 'Bob#20240'");
            st.execute("alter user bob enable 0");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:TAOS-WS://127.0.0.1:" + server.port() + "/?user=" + user
                + "&password=" + password);
    }

    @Test
    void rootLogsInWithTheDefaultPassword() throws SQLException {
        try (Connection c = connect("root", "taosdata"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select current_user()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("root@");
        }
    }

    @Test
    void aCreatedUserLogsInWithItsPassword() throws SQLException {
        try (Connection c = connect("alice", "Alice%232024"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select current_user()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("alice@");
        }
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() {
        assertThatThrownBy(() -> connect("alice", "Alice%232025").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("(0x357):auth failure:Authentication failure");
        assertThatThrownBy(() -> connect("root", "taosdatA").close())
                .hasMessageContaining("(0x357):auth failure:Authentication failure");
    }

    @Test
    void anUnknownUserIsAnInvalidUser() {
        assertThatThrownBy(() -> connect("nobody", "taosdata").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("(0x351):auth failure:Invalid user");
    }

    @Test
    void aDisabledUserIsRefused() {
        assertThatThrownBy(() -> connect("bob", "Bob%2320240").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("(0x315):auth failure:User is disabled");
    }

    @Test
    void changedAndDroppedUsersTakeEffectAtTheNextLogin() throws SQLException {
        try (Connection c = connect("root", "taosdata"); Statement st = c.createStatement()) {
            st.execute("create user carol pass 'Carol#2024'");
            connect("carol", "Carol%232024").close();
            st.execute("alter user carol pass 'Carol#2025'");
            assertThatThrownBy(() -> connect("carol", "Carol%232024").close())
                    .hasMessageContaining("Authentication failure");
            connect("carol", "Carol%232025").close();
            st.execute("drop user carol");
            assertThatThrownBy(() -> connect("carol", "Carol%232025").close())
                    .hasMessageContaining("Invalid user");
        }
    }

    @Test
    void onlySuperUsersManageUsersButAnyoneMayChangeTheirPassword() throws SQLException {
        try (Connection c = connect("alice", "Alice%232024"); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("create user dave pass 'Dave#2024x'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Insufficient privilege for operation");
            st.execute("alter user alice pass 'Alice#2024'");
        }
    }
}
