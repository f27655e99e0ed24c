package io.taos4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import org.junit.jupiter.api.Test;

class TaosDataSourceTest {

    @Test
    void connectsFromHostPortAndCredentials() throws SQLException {
        TestServer.exec("create database if not exists ds_db");
        TaosDataSource ds = new TaosDataSource();
        ds.setHost("127.0.0.1");
        ds.setPort(TestServer.get().port());
        ds.setDatabase("ds_db");
        ds.setUser("root");
        ds.setPassword("taosdata");
        ds.setTimezone("UTC");
        ds.setReadTimeout("30s");
        ds.setLoginTimeout(10);
        assertThat(ds.getUrl()).isEqualTo("jdbc:TAOS-WS://127.0.0.1:" + TestServer.get().port() + "/ds_db");
        try (Connection c = ds.getConnection()) {
            assertThat(c.getCatalog()).isEqualTo("ds_db");
            assertThat(c.isValid(5)).isTrue();
        }
        assertThat(ds.getUser()).isEqualTo("root");
        assertThat(ds.toString()).doesNotContain("taosdata");
        assertThatThrownBy(() -> ds.getConnection("root", "wrong"))
                .isInstanceOf(SQLInvalidAuthorizationSpecException.class);
        assertThat(ds.isWrapperFor(TaosDataSource.class)).isTrue();
    }

    @Test
    void connectsFromAnyUrlAndCatalogueOption() throws SQLException {
        TaosDataSource ds = new TaosDataSource();
        ds.setUrl("jdbc:taos4j:taos+mem://ds");
        ds.setProperty("enableCompression", "true");
        ds.setProperty("batchErrorIgnore", "true");
        try (Connection c = ds.getConnection()) {
            assertThat(c.isValid(5)).isTrue();
        }
        assertThatThrownBy(() -> ds.setProperty("connect_timeout", "soon"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connect_timeout");
    }

    @Test
    void refusesNativeUrlsClearly() {
        TaosDataSource ds = new TaosDataSource();
        ds.setUrl("jdbc:TAOS://localhost:6030/db");
        assertThatThrownBy(ds::getConnection)
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("native connections (jdbc:TAOS://) are not available")
                .hasMessageContaining("jdbc:TAOS-WS://");
    }
}
