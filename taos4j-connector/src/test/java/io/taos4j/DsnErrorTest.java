package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed DSNs: code 0x0118, the problem, its position, and no password in the message. */
class DsnErrorTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                       | empty DSN                                           | 0
            `   `                    | empty DSN                                           | 0
            localhost:6041           | missing '://' after "localhost"                     | 9
            ws//h                    | missing '://' after "ws"                            | 2
            ws:/h                    | missing '://' after "ws"                            | 2
            ws:h                     | missing '://' after "ws"                            | 2
            mysql://h                | unknown driver "mysql" (supported: taos, tmq, ws    | 0
            taos+xyz://h             | unknown protocol "xyz" (supported after taos+: native, ws, wss, http, https, mem, file) | 5
            tmq+foo://h              | unknown protocol "foo"                              | 4
            ws+native://h            | driver "ws" takes no protocol                       | 3
            +ws://h                  | missing driver                                      | 0
            taos+://h                | missing protocol after '+'                          | 5
            ws://h:99999             | port 99999 out of range (1-65535)                   | 7
            ws://h:0                 | port 0 out of range                                 | 7
            ws://h:65536             | port 65536 out of range                             | 7
            wss://h:65536/db         | port 65536 out of range                             | 8
            ws://h:123456789012      | port 123456789012 out of range                      | 7
            ws://h:abc               | invalid port "abc"                                  | 7
            ws://h:-1                | invalid port "-1"                                   | 7
            ws://h:6041x/db          | invalid port "6041x"                                | 7
            tmq+ws://h:x             | invalid port "x"                                    | 11
            ws://h1:1,h2:0           | port 0 out of range                                 | 13
            ws://[::1                | unclosed '[' in IPv6 address                        | 5
            ws://[::1:6041/db        | unclosed '[' in IPv6 address                        | 5
            ws://h1,[::1             | unclosed '[' in IPv6 address                        | 8
            ws://[::1]x              | unexpected character "x" after IPv6 address         | 10
            ws://[]:6041             | empty IPv6 address                                  | 5
            ws://[ghij::1]           | invalid IPv6 address "ghij::1"                      | 6
            ws://[1:2]               | invalid IPv6 address "1:2"                          | 6
            ws://[fe80::1%eth0]      | bad percent escape "%et" in IPv6 address            | 13
            ws://2001:db8::1:6041    | an IPv6 address must be enclosed in brackets        | 5
            ws://h1,,h2              | empty endpoint in list                              | 8
            ws://h1,/db              | empty endpoint in list                              | 8
            ws://,h1                 | empty endpoint in list                              | 5
            ws://h1,:                | empty endpoint in list                              | 8
            ws://h%41                | invalid character "%" in host                       | 6
            ws://h a                 | invalid character " " in host                       | 6
            ws://h]:1                | invalid character "]" in host                       | 6
            ws://h/db%2              | bad percent escape "%2" in database                 | 9
            ws://h/db%zz             | bad percent escape "%zz" in database                | 9
            ws://h/a/b               | unexpected '/' in database name                     | 8
            ws://h?a=%               | bad percent escape "%" in value of a                | 9
            ws://h?a=%C3%28          | percent escapes in value of a are not valid UTF-8   | 9
            ws://h?%zz=1             | bad percent escape "%zz" in parameter name          | 7
            ws://u%ZZ@h              | bad percent escape "%ZZ" in user                    | 6
            ws://h?=v                | parameter without a name                            | 7
            ws://h?a=1&=2            | parameter without a name                            | 11
            taos+mem://a:6030        | an embedded server takes no port                    | 12
            taos+mem://a,b           | an embedded server takes one name only              | 12
            taos+mem://[::1]         | invalid character "[" in embedded server name       | 11
            taos+mem:name            | missing '://' after "taos+mem"                      | 8
            taos+file://             | missing data directory path                         | 12
            taos+file:               | missing data directory path                         | 10
            taos+file:?x=1           | missing data directory path                         | 10
            taos+file://relative     | must be absolute (/dir) or start with ./ or ../     | 12
            taos+file:///d%zz        | bad percent escape "%zz" in path                    | 14
            taos+file:d?=1           | parameter without a name                            | 12
            """)
    void reportsProblemAndPosition(String dsn, String problem, int position) {
        TaosException e = catchThrowableOfType(TaosException.class, () -> Dsn.parse(dsn));

        assertThat(e).as("no error for %s", dsn).isNotNull();
        assertThat(e.code()).isEqualTo(0x0118);
        assertThat(e.getMessage()).startsWith("[0x0118] Invalid parameters: invalid DSN \"" + dsn.strip() + "\": ")
                .contains(problem)
                .endsWith(" at position " + position);
    }

    /** The password and secret parameters are masked; positions refer to the masked text shown. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ws://root:s3cretPassw0rd@h:99999   | s3cretPassw0rd | ws://root:******@h:99999         | port 99999 out of range           | 19
            ws://root:s3cretPassw0rd@h:0/db    | s3cretPassw0rd | ws://root:******@h:0/db          | port 0 out of range               | 19
            ws://root:pa%zzsecret@h            | pa%zzsecret    | ws://root:******@h               | bad percent escape in password    | 10
            ws://root:pa/ssword@h:1            | pa/ssword      | ws://root:******@h:1             | invalid port at position          | 10
            ws://root:p@ss@h:1,,h2             | p@ss           | ws://root:******@h:1,,h2         | empty endpoint in list            | 21
            ws://h:0?token=abcdefgh            | abcdefgh       | ws://h:0?token=******            | port 0 out of range               | 7
            ws://h?bearer_token=abcdefgh&x=%zz | abcdefgh       | ws://h?bearer_token=******&x=%zz | bad percent escape "%zz" in value | 29
            ws://h?password=%zzpassword        | password=%zz   | ws://h?password=******           | bad percent escape in value       | 16
            taos+file:d?password=secret1&=1    | secret1        | taos+file:d?password=******&=1   | parameter without a name          | 28
            """)
    void neverShowsSecrets(String dsn, String secret, String shown, String problem, int position) {
        TaosException e = catchThrowableOfType(TaosException.class, () -> Dsn.parse(dsn));

        assertThat(e.code()).isEqualTo(0x0118);
        assertThat(e.getMessage()).doesNotContain(secret)
                .contains("invalid DSN \"" + shown + "\"")
                .contains(problem)
                .endsWith(" at position " + position);
    }

    @Test
    void nullIsInvalid() {
        assertThatThrownBy(() -> Dsn.parse(null)).isInstanceOf(TaosException.class).hasMessageContaining("null");
    }

    @Test
    void recordRejectsComponentsThatCannotBeWritten() {
        Endpoint h = new Endpoint("h", 1);
        assertThatThrownBy(() -> new Dsn(DsnScheme.MEM, null, null, java.util.List.of(h), "", null,
                java.util.Map.of())).isInstanceOf(TaosException.class).hasMessageContaining("no host or port");
        assertThatThrownBy(() -> new Dsn(DsnScheme.FILE, null, null, java.util.List.of(), "", null,
                java.util.Map.of())).isInstanceOf(TaosException.class).hasMessageContaining("data directory");
        assertThatThrownBy(() -> new Dsn(DsnScheme.FILE, null, null, java.util.List.of(), "/d", null,
                java.util.Map.of("user", "u"))).isInstanceOf(TaosException.class).hasMessageContaining("fields");
        assertThatThrownBy(() -> new Dsn(DsnScheme.WS, null, null, java.util.List.of(), "x", null,
                java.util.Map.of())).isInstanceOf(TaosException.class).hasMessageContaining("no embedded");
        assertThatThrownBy(() -> new Dsn(DsnScheme.WS, null, null, java.util.List.of(h, new Endpoint("", 0)),
                null, null, java.util.Map.of())).isInstanceOf(TaosException.class);
        assertThatThrownBy(() -> new Dsn(DsnScheme.MEM, null, null, java.util.List.of(), "a b", null,
                java.util.Map.of())).isInstanceOf(TaosException.class).hasMessageContaining("server name");
    }
}
