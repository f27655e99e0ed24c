package io.taos4j;

import static io.taos4j.TaosProperty.APP;
import static io.taos4j.TaosProperty.COMPRESSION;
import static io.taos4j.TaosProperty.CONNECT_TIMEOUT;
import static io.taos4j.TaosProperty.DATABASE;
import static io.taos4j.TaosProperty.MIN_POLL_ROWS;
import static io.taos4j.TaosProperty.PASSWORD;
import static io.taos4j.TaosProperty.PREFETCH;
import static io.taos4j.TaosProperty.READ_TIMEOUT;
import static io.taos4j.TaosProperty.TIMEZONE;
import static io.taos4j.TaosProperty.TLS;
import static io.taos4j.TaosProperty.TLS_VERSIONS;
import static io.taos4j.TaosProperty.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layered, typed property values. */
class TaosPropertiesTest {

    @Test
    void defaultsApplyWhenNothingIsSet() {
        TaosProperties p = TaosProperties.empty();

        assertThat(p.getDuration(CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.getDuration(READ_TIMEOUT)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.getBoolean(COMPRESSION)).isFalse();
        assertThat(p.getString(APP)).isEqualTo("taos4j");
        assertThat(p.getString(USER)).isEqualTo("root");
        assertThat(p.getInt(PREFETCH)).isEqualTo(2);
        assertThat(p.getLong(PREFETCH)).isEqualTo(2L);
        assertThat(p.getString(DATABASE)).isNull();
        assertThat(p.getZoneId(TIMEZONE)).isNull();
        assertThat(p.getList(TLS_VERSIONS)).containsExactly("TLSv1.2", "TLSv1.3");
        assertThat(p.getString(TaosProperty.AUTO_OFFSET_RESET)).isEqualTo("latest");
        assertThat(p.isSet(CONNECT_TIMEOUT)).isFalse();
        assertThat(p.raw(CONNECT_TIMEOUT)).isEqualTo("10s");
        assertThat(p.given()).isEmpty();
        assertThat(p.unknownKeys()).isEmpty();
        assertThat(p).hasToString("TaosProperties{}");
    }

    @Test
    void readsTheDsn() {
        Dsn dsn = Dsn.parse("wss://bob:s3cret@h/db?connectTimeout=5s&compression&foo=bar&timezone=UTC&prefetch=");

        TaosProperties p = TaosProperties.of(dsn);

        assertThat(p.getString(USER)).isEqualTo("bob");
        assertThat(p.getString(PASSWORD)).isEqualTo("s3cret");
        assertThat(p.getString(DATABASE)).isEqualTo("db");
        assertThat(p.getBoolean(TLS)).isTrue();
        assertThat(p.getDuration(CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.raw(CONNECT_TIMEOUT)).isEqualTo("5s");
        assertThat(p.getBoolean(COMPRESSION)).isTrue();
        assertThat(p.getZoneId(TIMEZONE)).isEqualTo(ZoneId.of("UTC"));
        assertThat(p.isSet(PREFETCH)).isFalse();
        assertThat(p.unknownKeys()).containsExactly(Map.entry("foo", "bar"));
        assertThat(p.toString()).doesNotContain("s3cret").contains("password=******", "user=bob");
    }

    @Test
    void dsnAuthorityWinsOverItsOwnParameters() {
        TaosProperties p = Dsn.parse("ws://bob:pw@h/db?user=alice&password=x&database=other&tls=true").properties();

        assertThat(p.getString(USER)).isEqualTo("bob");
        assertThat(p.getString(PASSWORD)).isEqualTo("pw");
        assertThat(p.getString(DATABASE)).isEqualTo("db");
        assertThat(p.getBoolean(TLS)).isTrue();
        assertThat(Dsn.parse("ws://h?user=alice").properties().getString(USER)).isEqualTo("alice");
        assertThat(Dsn.parse("wss://h?tls=false").properties().getBoolean(TLS)).isTrue();
    }

    @Test
    void laterLayersWin() {
        Properties props = new Properties();
        props.setProperty("user", "alice");
        props.setProperty("messageWaitTimeout", "1500");
        Map<String, String> map = new LinkedHashMap<>();
        map.put("read_timeout", "2m");
        map.put("group.id", "g1");

        TaosProperties p = Dsn.parse("ws://bob@h?read_timeout=5s&x=1").properties().with(props).with(map);

        assertThat(p.getString(USER)).isEqualTo("alice");
        assertThat(p.getDuration(READ_TIMEOUT)).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.getString(TaosProperty.GROUP_ID)).isEqualTo("g1");
        assertThat(p.unknownKeys()).containsExactly(Map.entry("x", "1"));
        assertThat(Dsn.parse("ws://bob@h").properties().with(props).getDuration(READ_TIMEOUT))
                .isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void canonicalKeyWinsWithinOneProperties() {
        Properties props = new Properties();
        props.setProperty("connectTimeout", "1s");
        props.setProperty("connect_timeout", "2s");
        props.setProperty("httpConnectTimeout", "3s");

        assertThat(TaosProperties.of(props).getDuration(CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void lastNameWinsWithinOneOrderedMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("connect_timeout", "2s");
        map.put("connectTimeout", "1s");

        assertThat(TaosProperties.of(map).getDuration(CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Dsn.parse("ws://h?connectTimeout=1s&CONNECT_TIMEOUT=4s").properties().getDuration(CONNECT_TIMEOUT))
                .isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void propertiesDefaultsAndNonStringValuesCount() {
        Properties defaults = new Properties();
        defaults.setProperty("timezone", "Asia/Shanghai");
        Properties props = new Properties(defaults);
        props.put("prefetch", 4);

        TaosProperties p = TaosProperties.of(props);

        assertThat(p.getZoneId(TIMEZONE)).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(p.getInt(PREFETCH)).isEqualTo(4);
    }

    @Test
    void emptyValueMeansNotSetExceptForStringsAndBooleans() {
        TaosProperties base = TaosProperties.of(Map.of("connect_timeout", "3s", "compression", "false"));

        TaosProperties p = base.with(Map.of("connect_timeout", "", "compression", "", "app", ""));

        assertThat(p.getDuration(CONNECT_TIMEOUT)).isEqualTo(Duration.ofSeconds(3));
        assertThat(p.getBoolean(COMPRESSION)).isTrue();
        assertThat(p.getString(APP)).isEmpty();
    }

    @Test
    void singlePropertyCanBeSetAndUnset() {
        TaosProperties p = TaosProperties.empty().with(PREFETCH, "8");

        assertThat(p.getInt(PREFETCH)).isEqualTo(8);
        assertThat(p.with(PREFETCH, null).isSet(PREFETCH)).isFalse();
        assertThat(p.with(PREFETCH, null)).isEqualTo(TaosProperties.empty());
        assertThat(p).isEqualTo(TaosProperties.of(Map.of("prefetch", "8")))
                .hasSameHashCodeAs(TaosProperties.of(Map.of("prefetch", "8")));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            connectTimeout,     abc,  connect_timeout (given as connectTimeout)
            connect_timeout,    abc,  'invalid value "abc" for connect_timeout: '
            reconnectRetryCount, -1,  reconnect_retries (given as reconnectRetryCount)
            useSSL,             maybe, tls (given as useSSL)
            auto.offset.reset,  soon, one of earliest, latest, none
            """)
    void badValuesFailWhenTheLayerIsAdded(String key, String value, String fragment) {
        TaosException e = catchThrowableOfType(TaosException.class, () -> TaosProperties.of(Map.of(key, value)));

        assertThat(e.code()).isEqualTo(0x0118);
        assertThat(e.getMessage()).contains(fragment);
        assertThatThrownBy(() -> Dsn.parse("ws://h?" + key + "=" + value).properties())
                .isInstanceOf(TaosException.class).hasMessageContaining(fragment);
    }

    @Test
    void toStringMasksEverySecret() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("password", "pw-1");
        map.put("token", "tok-2");
        map.put("bearer_token", "bt-3");
        map.put("tls_trust_store_password", "ts-4");
        map.put("api_secret", "sec-5");
        map.put("td.connect.pass", "tdp-6");
        map.put("group.id", "g");

        String shown = TaosProperties.of(map).toString();

        assertThat(shown).doesNotContain("pw-1", "tok-2", "bt-3", "ts-4", "sec-5", "tdp-6")
                .contains("group.id=g", "token=******", "unknown={api_secret=******}");
    }

    @Test
    void typedGettersCheckTheType() {
        TaosProperties p = TaosProperties.empty();

        assertThatThrownBy(() -> p.getInt(CONNECT_TIMEOUT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connect_timeout is a DURATION");
        assertThatThrownBy(() -> p.getString(PREFETCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.getInt(MIN_POLL_ROWS)).isInstanceOf(NoSuchElementException.class);
        assertThat(p.get(MIN_POLL_ROWS)).isNull();
        assertThat(p.getList(TLS_VERSIONS)).isEqualTo(List.of("TLSv1.2", "TLSv1.3"));
    }

    @Test
    void mapsAreUnmodifiable() {
        TaosProperties p = TaosProperties.of(Map.of("x", "1", "prefetch", "3"));

        assertThatThrownBy(() -> p.unknownKeys().put("y", "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.given().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
