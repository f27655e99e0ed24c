package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Dsn API beyond parsing: schemes, copies, rendering, endpoints. */
class DsnTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # scheme,   webSocket, tls,   embedded, native, subscription, port, text
            NATIVE,     false,     false, false,    true,   false,        6030, taos
            WS,         true,      false, false,    false,  false,        6041, ws
            WSS,        true,      true,  false,    false,  false,        6041, wss
            MEM,        false,     false, true,     false,  false,        0,    taos+mem
            FILE,       false,     false, true,     false,  false,        0,    taos+file
            TMQ_NATIVE, false,     false, false,    true,   true,         6030, tmq
            TMQ_WS,     true,      false, false,    false,  true,         6041, tmq+ws
            TMQ_WSS,    true,      true,  false,    false,  true,         6041, tmq+wss
            TMQ_MEM,    false,     false, true,     false,  true,         0,    tmq+mem
            TMQ_FILE,   false,     false, true,     false,  true,         0,    tmq+file
            """)
    void schemeAnswersTheTransportQuestions(DsnScheme scheme, boolean webSocket, boolean tls, boolean embedded,
            boolean nativeProtocol, boolean subscription, int port, String text) {
        assertThat(scheme.isWebSocket()).isEqualTo(webSocket);
        assertThat(scheme.isTls()).isEqualTo(tls);
        assertThat(scheme.isEmbedded()).isEqualTo(embedded);
        assertThat(scheme.hasEndpoints()).isEqualTo(!embedded);
        assertThat(scheme.isNative()).isEqualTo(nativeProtocol);
        assertThat(scheme.isSubscription()).isEqualTo(subscription);
        assertThat(scheme.defaultPort()).isEqualTo(port);
        assertThat(scheme.text()).isEqualTo(text);
        assertThat(scheme.forSubscription().isSubscription()).isTrue();
        assertThat(scheme.forQuery().isSubscription()).isFalse();
        assertThat(scheme.forSubscription().forQuery().forSubscription()).isEqualTo(scheme.forSubscription());
        assertThat(Dsn.parse(text + (scheme.isFile() ? ":///d" : "://")).scheme()).isEqualTo(scheme);
    }

    @Test
    void withDatabaseReplacesOrRemovesTheDatabase() {
        Dsn dsn = Dsn.parse("ws://root:pw@h:6041/a?x=1");

        assertThat(dsn.withDatabase("b").toDsnString()).isEqualTo("ws://root:pw@h:6041/b?x=1");
        assertThat(dsn.withDatabase(null).toDsnString()).isEqualTo("ws://root:pw@h:6041?x=1");
        assertThat(dsn.withDatabase("").database()).isNull();
        assertThat(dsn.withDatabase("a/b").toDsnString()).isEqualTo("ws://root:pw@h:6041/a%2Fb?x=1");
        assertThat(Dsn.parse(dsn.withDatabase("a/b").toDsnString()).database()).isEqualTo("a/b");
        assertThat(dsn.database()).isEqualTo("a");
    }

    @Test
    void withParamAddsReplacesAndRemoves() {
        Dsn dsn = Dsn.parse("ws://h?a=1&b=2");

        assertThat(dsn.withParam("a", "9").toDsnString()).isEqualTo("ws://h?a=9&b=2");
        assertThat(dsn.withParam("c", "x y&z").toDsnString()).isEqualTo("ws://h?a=1&b=2&c=x%20y%26z");
        assertThat(dsn.withParam("a", null).toDsnString()).isEqualTo("ws://h?b=2");
        assertThat(dsn.withParam("flag", "").toDsnString()).isEqualTo("ws://h?a=1&b=2&flag");
        assertThat(dsn.param("a")).isEqualTo("1");
        assertThat(dsn.param("A")).isNull();
    }

    @Test
    void fileDsnKeepsUserPasswordDatabaseAsFields() {
        Dsn dsn = Dsn.parse("taos+file:///var/lib/taos4j");

        Dsn changed = dsn.withParam("user", "bob").withParam("password", "pw").withParam("database", "db");

        assertThat(changed.user()).isEqualTo("bob");
        assertThat(changed.password()).isEqualTo("pw");
        assertThat(changed.database()).isEqualTo("db");
        assertThat(changed.params()).isEmpty();
        assertThat(changed.toDsnString()).isEqualTo("taos+file:///var/lib/taos4j?user=bob&password=pw&database=db");
        assertThat(changed.toString()).isEqualTo("taos+file:///var/lib/taos4j?user=bob&password=******&database=db");
        assertThat(changed.dataDir()).isEqualTo(Path.of("/var/lib/taos4j"));
        assertThat(Dsn.parse("taos+file:data").toDsnString()).isEqualTo("taos+file:data");
        assertThat(Dsn.parse("taos+file:./data").toDsnString()).isEqualTo("taos+file://./data");
        assertThat(Dsn.parse("taos+file:/data").toDsnString()).isEqualTo("taos+file:///data");
    }

    @Test
    void componentsWithEveryDelimiterRoundTrip() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("k &=?#%+é", "v&=?#%+ é/:,@[]");
        params.put("flag", "");
        params.put("password", "p&w");
        Dsn dsn = new Dsn(DsnScheme.TMQ_WSS, "us er@:/?%", "p@ss:/w?rd%&=#\u00e9\uD83D\uDE00",
                List.of(new Endpoint("fe80::1%eth0", 6041), new Endpoint("h", 0), new Endpoint("", 7)),
                null, "d b/é?", params);

        Dsn again = Dsn.parse(dsn.toDsnString());

        assertThat(again).isEqualTo(dsn);
        assertThat(again.params()).containsExactlyEntriesOf(params);
        assertThat(dsn.toString()).doesNotContain("p@ss").doesNotContain("p%40ss").doesNotContain("p&w")
                .doesNotContain("p%26w").contains("password=******");

        Dsn file = new Dsn(DsnScheme.FILE, "u", "p?&", List.of(), "/tmp/a b?c%d&e#f/é", "db", Map.of("x", "1"));
        assertThat(Dsn.parse(file.toDsnString())).isEqualTo(file);
        Dsn mem = new Dsn(DsnScheme.MEM, null, null, List.of(), "", "db", Map.of());
        assertThat(mem.toDsnString()).isEqualTo("taos+mem:///db");
        assertThat(Dsn.parse(mem.toDsnString())).isEqualTo(mem);
    }

    @Test
    void toStringMasksSecretParameters() {
        Dsn dsn = Dsn.parse("wss://h?token=t0ken&bearerToken=b3arer&td.connect.pass=p4ss&tls_trust_store_password=st0re"
                + "&timezone=UTC");

        assertThat(dsn.toString()).isEqualTo("wss://h?token=******&bearerToken=******&td.connect.pass=******"
                + "&tls_trust_store_password=******&timezone=UTC");
        assertThat(dsn.toDsnString()).contains("token=t0ken", "p4ss", "st0re");
    }

    @Test
    void endpointsApplyDefaults() {
        assertThat(Dsn.parse("taos+mem://x").endpoints()).isEmpty();
        assertThat(Dsn.parse("ws://a,:1,[::1]").endpoints()).containsExactly(new Endpoint("a", 6041),
                new Endpoint("localhost", 1), new Endpoint("::1", 6041));
        assertThat(Dsn.parse("ws://a,:1,[::1]").givenEndpoints()).containsExactly(new Endpoint("a", 0),
                new Endpoint("", 1), new Endpoint("::1", 0));
        assertThat(Dsn.parse("ws://:").givenEndpoints()).isEmpty();
    }

    @Test
    void paramsAreUnmodifiableAndOrdered() {
        Dsn dsn = Dsn.parse("ws://h?z=1&a=2&m=3");

        assertThat(dsn.params().keySet()).containsExactly("z", "a", "m");
        assertThatThrownBy(() -> dsn.params().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void propertiesOfTheDsn() {
        TaosProperties p = Dsn.parse("wss://bob@h/db?connectTimeout=3s").properties();

        assertThat(p.getString(TaosProperty.USER)).isEqualTo("bob");
        assertThat(p.getString(TaosProperty.PASSWORD)).isEqualTo("taosdata");
        assertThat(p.getBoolean(TaosProperty.TLS)).isTrue();
        assertThat(p.getDuration(TaosProperty.CONNECT_TIMEOUT)).hasSeconds(3);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            h,            6041, h:6041
            ::1,          6041, [::1]:6041
            fe80::1%eth0, 1,    [fe80::1%eth0]:1
            h,            0,    h
            """)
    void endpointToString(String host, int port, String text) {
        assertThat(new Endpoint(host, port)).hasToString(text);
    }

    @Test
    void endpointRejectsBadHostsAndPorts() {
        assertThatThrownBy(() -> new Endpoint("h", 65536)).isInstanceOf(TaosException.class);
        assertThatThrownBy(() -> new Endpoint("h", -1)).isInstanceOf(TaosException.class);
        assertThatThrownBy(() -> new Endpoint("a b", 1)).isInstanceOf(TaosException.class);
        assertThatThrownBy(() -> new Endpoint("1:2", 1)).isInstanceOf(TaosException.class);
        assertThatThrownBy(() -> new Endpoint(null, 1)).isInstanceOf(NullPointerException.class);
        assertThat(new Endpoint("", 0).withDefaults(6030)).isEqualTo(new Endpoint("localhost", 6030));
        assertThat(new Endpoint("::1", 1).isIpv6()).isTrue();
    }
}
