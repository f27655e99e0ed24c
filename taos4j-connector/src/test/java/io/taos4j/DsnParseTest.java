package io.taos4j;

import static io.taos4j.DsnScheme.FILE;
import static io.taos4j.DsnScheme.MEM;
import static io.taos4j.DsnScheme.NATIVE;
import static io.taos4j.DsnScheme.TMQ_FILE;
import static io.taos4j.DsnScheme.TMQ_MEM;
import static io.taos4j.DsnScheme.TMQ_NATIVE;
import static io.taos4j.DsnScheme.TMQ_WS;
import static io.taos4j.DsnScheme.TMQ_WSS;
import static io.taos4j.DsnScheme.WS;
import static io.taos4j.DsnScheme.WSS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Valid DSNs: every component, defaults, canonical round trip and password masking. */
class DsnParseTest {

    /**
     * One valid DSN and what it holds. {@code user}/{@code password} are the given values (null = default),
     * {@code endpoints} the defaulted endpoints joined by commas ("" for embedded), {@code params} "k=v;k2=v2".
     */
    record Case(String dsn, DsnScheme scheme, String user, String password, String endpoints, String database,
            String params, String location) {
        @Override
        public String toString() {
            return dsn;
        }
    }

    private static Case net(String dsn, DsnScheme scheme, String user, String password, String endpoints,
            String database, String params) {
        return new Case(dsn, scheme, user, password, endpoints, database, params, null);
    }

    private static Case emb(String dsn, DsnScheme scheme, String user, String password, String location,
            String database, String params) {
        return new Case(dsn, scheme, user, password, "", database, params, location);
    }

    static Stream<Case> valid() {
        return Stream.of(
                // schemes and default ports
                net("taos://", NATIVE, null, null, "localhost:6030", null, ""),
                net("taos://localhost:6030", NATIVE, null, null, "localhost:6030", null, ""),
                net("taos+native://h1", NATIVE, null, null, "h1:6030", null, ""),
                net("ws://", WS, null, null, "localhost:6041", null, ""),
                net("ws:///db", WS, null, null, "localhost:6041", "db", ""),
                net("ws://localhost:6041/power?timezone=Asia/Shanghai", WS, null, null, "localhost:6041", "power",
                        "timezone=Asia/Shanghai"),
                net("wss://cloud.tdengine.com?token=abc", WSS, null, null, "cloud.tdengine.com:6041", null,
                        "token=abc"),
                net("http://h", WS, null, null, "h:6041", null, ""),
                net("https://h:443", WSS, null, null, "h:443", null, ""),
                net("taos+ws://h", WS, null, null, "h:6041", null, ""),
                net("taos+wss://h", WSS, null, null, "h:6041", null, ""),
                net("taos+http://h", WS, null, null, "h:6041", null, ""),
                net("taos+https://h", WSS, null, null, "h:6041", null, ""),
                net("taosws://h", WS, null, null, "h:6041", null, ""),
                net("taoswss://h", WSS, null, null, "h:6041", null, ""),
                net("tmq://h", TMQ_NATIVE, null, null, "h:6030", null, ""),
                net("tmq+native://h", TMQ_NATIVE, null, null, "h:6030", null, ""),
                net("tmq+ws://h/db?group.id=g1", TMQ_WS, null, null, "h:6041", "db", "group.id=g1"),
                net("tmq+wss://h", TMQ_WSS, null, null, "h:6041", null, ""),
                net("tmq+http://h", TMQ_WS, null, null, "h:6041", null, ""),
                net("tmq+https://h", TMQ_WSS, null, null, "h:6041", null, ""),
                net("WS://H:6041", WS, null, null, "H:6041", null, ""),
                net("TAOS+WS://h", WS, null, null, "h:6041", null, ""),
                net("  ws://h  ", WS, null, null, "h:6041", null, ""),
                // user information
                net("ws://root:taosdata@h", WS, "root", "taosdata", "h:6041", null, ""),
                net("ws://root@h", WS, "root", null, "h:6041", null, ""),
                net("ws://:secret@h", WS, null, "secret", "h:6041", null, ""),
                net("ws://@h", WS, null, null, "h:6041", null, ""),
                net("ws://root:@h", WS, "root", "", "h:6041", null, ""),
                net("ws://root:p%40ss%3Aw%2Frd@h", WS, "root", "p@ss:w/rd", "h:6041", null, ""),
                net("ws://root:p@ss@h:6041", WS, "root", "p@ss", "h:6041", null, ""),
                net("taos://root:Ab1@#$^&*()_+@localhost:6030/test?mode=all", NATIVE, "root", "Ab1@#$^&*()_+",
                        "localhost:6030", "test", "mode=all"),
                net("ws://root:a:b:c@h", WS, "root", "a:b:c", "h:6041", null, ""),
                net("ws://us%20er:pw@h", WS, "us er", "pw", "h:6041", null, ""),
                net("ws://%E7%94%A8%E6%88%B7:%E5%AF%86@h", WS, "用户", "密", "h:6041", null, ""),
                net("ws://root:taosdata@/db", WS, "root", "taosdata", "localhost:6041", "db", ""),
                // endpoints
                net("ws://h1:6041,h2:6042,h3/db", WS, null, null, "h1:6041,h2:6042,h3:6041", "db", ""),
                net("taos://h1,h2", NATIVE, null, null, "h1:6030,h2:6030", null, ""),
                net("ws://:6042", WS, null, null, "localhost:6042", null, ""),
                net("ws://:", WS, null, null, "localhost:6041", null, ""),
                net("ws://h:", WS, null, null, "h:6041", null, ""),
                net("ws://h1,:6042", WS, null, null, "h1:6041,localhost:6042", null, ""),
                net("ws://[::1]:6041", WS, null, null, "[::1]:6041", null, ""),
                net("ws://[::1]", WS, null, null, "[::1]:6041", null, ""),
                net("ws://[::1]:", WS, null, null, "[::1]:6041", null, ""),
                net("ws://[fe80::1%25eth0]:6041", WS, null, null, "[fe80::1%eth0]:6041", null, ""),
                net("ws://[2001:db8::1]:6041,[::1]:6042/db", WS, null, null, "[2001:db8::1]:6041,[::1]:6042", "db",
                        ""),
                net("ws://[::ffff:192.0.2.128]:6041", WS, null, null, "[::ffff:192.0.2.128]:6041", null, ""),
                net("tmq+ws://root:taosdata@[::1]:6041,[2002:09ba:0b4e:0006:be24:11ff:fe9c:03dd]:6042,[::1]:/db"
                        + "?a=a&b=b&c=c", TMQ_WS, "root", "taosdata",
                        "[::1]:6041,[2002:09ba:0b4e:0006:be24:11ff:fe9c:03dd]:6042,[::1]:6041", "db", "a=a;b=b;c=c"),
                net("ws://root:p@ss@[::1]:6041", WS, "root", "p@ss", "[::1]:6041", null, ""),
                net("ws://192.168.1.10:6041", WS, null, null, "192.168.1.10:6041", null, ""),
                net("ws://my-host.example.com:6041", WS, null, null, "my-host.example.com:6041", null, ""),
                net("ws://h_1:1", WS, null, null, "h_1:1", null, ""),
                net("ws://h:65535", WS, null, null, "h:65535", null, ""),
                // database
                net("ws://h/", WS, null, null, "h:6041", null, ""),
                net("ws://h/?", WS, null, null, "h:6041", null, ""),
                net("ws://h/db%31", WS, null, null, "h:6041", "db1", ""),
                net("ws://h/%E6%B5%8B%E8%AF%95", WS, null, null, "h:6041", "测试", ""),
                // parameters
                net("ws://h?", WS, null, null, "h:6041", null, ""),
                net("ws://h?compression", WS, null, null, "h:6041", null, "compression="),
                net("ws://h?a=1&a=2", WS, null, null, "h:6041", null, "a=2"),
                net("ws://h?a=1&b=2&a=3", WS, null, null, "h:6041", null, "a=3;b=2"),
                net("ws://h?a=&b", WS, null, null, "h:6041", null, "a=;b="),
                net("ws://h?k%20ey=v%26al", WS, null, null, "h:6041", null, "k ey=v&al"),
                net("ws://h?x=a=b", WS, null, null, "h:6041", null, "x=a=b"),
                net("ws://h?x=a?b", WS, null, null, "h:6041", null, "x=a?b"),
                net("ws://h?x=1&&y=2&", WS, null, null, "h:6041", null, "x=1;y=2"),
                net("ws://h?Timezone=UTC&timezone=Asia/Shanghai", WS, null, null, "h:6041", null,
                        "Timezone=UTC;timezone=Asia/Shanghai"),
                net("ws://h/db?timezone=Asia%2FShanghai", WS, null, null, "h:6041", "db", "timezone=Asia/Shanghai"),
                net("ws://h?offset=10:20,11:40", WS, null, null, "h:6041", null, "offset=10:20,11:40"),
                net("ws://h?cert=@abc", WS, null, null, "h:6041", null, "cert=@abc"),
                net("ws://h/db?cert=@./tests/c.crt", WS, null, null, "h:6041", "db", "cert=@./tests/c.crt"),
                net("ws://h?x=a+b", WS, null, null, "h:6041", null, "x=a+b"),
                net("tmq+ws:///abc1?group.id=abc3&timeout=50ms", TMQ_WS, null, null, "localhost:6041", "abc1",
                        "group.id=abc3;timeout=50ms"),
                // embedded, in memory
                emb("taos+mem://", MEM, null, null, "", null, ""),
                emb("taos+mem://test", MEM, null, null, "test", null, ""),
                emb("taos+mem://root:pw@test/db?x=1", MEM, "root", "pw", "test", "db", "x=1"),
                emb("taos+mem:///db", MEM, null, null, "", "db", ""),
                emb("tmq+mem://t?group.id=g", TMQ_MEM, null, null, "t", null, "group.id=g"),
                emb("TAOS+MEM://Name", MEM, null, null, "Name", null, ""),
                // embedded, on disk
                emb("taos+file:///abs/path", FILE, null, null, "/abs/path", null, ""),
                emb("taos+file://./relative", FILE, null, null, "./relative", null, ""),
                emb("taos+file:relative", FILE, null, null, "relative", null, ""),
                emb("taos+file:/abs", FILE, null, null, "/abs", null, ""),
                emb("taos+file://../up/dir", FILE, null, null, "../up/dir", null, ""),
                emb("taos+file://.", FILE, null, null, ".", null, ""),
                emb("taos+file:data?user=bob&password=pw&database=db&x=1", FILE, "bob", "pw", "data", "db", "x=1"),
                emb("taos+file:///tmp/with%20space", FILE, null, null, "/tmp/with space", null, ""),
                emb("taos+file:C:/data", FILE, null, null, "C:/data", null, ""),
                emb("taos+file:///a@b/c:d", FILE, null, null, "/a@b/c:d", null, ""),
                emb("tmq+file:///d?group.id=g", TMQ_FILE, null, null, "/d", null, "group.id=g"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void parsesEveryComponent(Case c) {
        Dsn dsn = Dsn.parse(c.dsn());

        assertThat(dsn.scheme()).isEqualTo(c.scheme());
        assertThat(dsn.givenUser()).isEqualTo(c.user());
        assertThat(dsn.givenPassword()).isEqualTo(c.password());
        assertThat(dsn.user()).isEqualTo(c.user() == null ? "root" : c.user());
        assertThat(dsn.password()).isEqualTo(c.password() == null ? "taosdata" : c.password());
        assertThat(dsn.endpoints().stream().map(Endpoint::toString).collect(Collectors.joining(",")))
                .isEqualTo(c.endpoints());
        assertThat(dsn.database()).isEqualTo(c.database());
        assertThat(dsn.params()).containsExactlyEntriesOf(params(c.params()));
        assertThat(dsn.location()).isEqualTo(c.location());
        if (c.location() != null) {
            assertThat(dsn.givenEndpoints()).isEmpty();
            assertThat(dsn.embeddedName()).isEqualTo(c.scheme().isFile() ? null : c.location());
            assertThat(dsn.dataDir()).isEqualTo(c.scheme().isFile() ? java.nio.file.Path.of(c.location()) : null);
        } else {
            assertThat(dsn.embeddedName()).isNull();
            assertThat(dsn.dataDir()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void canonicalFormRoundTrips(Case c) {
        Dsn dsn = Dsn.parse(c.dsn());
        String canonical = dsn.toDsnString();

        Dsn again = Dsn.parse(canonical);

        assertThat(again).isEqualTo(dsn);
        assertThat(again.toDsnString()).isEqualTo(canonical);
        assertThat(again.hashCode()).isEqualTo(dsn.hashCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void toStringMasksThePassword(Case c) {
        Dsn dsn = Dsn.parse(c.dsn());

        String shown = dsn.toString();

        if (c.password() != null) {
            assertThat(shown).contains("******");
            if (c.password().length() >= 4) {
                assertThat(shown).doesNotContain(c.password())
                        .doesNotContain(Dsn.Percent.encode(c.password(), Dsn.Percent.UNRESERVED));
            }
        } else {
            assertThat(shown).isEqualTo(dsn.toDsnString().replace("token=abc", "token=******"));
        }
    }

    static Map<String, String> params(String spec) {
        Map<String, String> map = new LinkedHashMap<>();
        if (!spec.isEmpty()) {
            for (String kv : spec.split(";")) {
                int eq = kv.indexOf('=');
                map.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return map;
    }
}
