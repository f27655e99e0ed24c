package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The property catalogue: documentation, defaults, names and value parsers. */
class TaosPropertyTest {

    @ParameterizedTest
    @EnumSource(TaosProperty.class)
    void isDocumentedAndItsDefaultParses(TaosProperty p) {
        assertThat(p.description()).isNotBlank();
        assertThat(p.key()).isNotBlank().doesNotContainAnyWhitespaces();
        assertThat(p.names()).first().isEqualTo(p.key());
        if (p.defaultValue() != null) {
            Object parsed = p.parse(p.defaultValue());
            assertThat(parsed).isInstanceOf(p.type().javaType()).isEqualTo(p.parsedDefault());
        } else {
            assertThat(p.parsedDefault()).isNull();
        }
        boolean hasChoices = p.type() == TaosProperty.Type.ENUM || p.type() == TaosProperty.Type.LIST;
        assertThat(p.choices().isEmpty()).isEqualTo(!hasChoices);
        for (String name : p.names()) {
            assertThat(TaosProperty.find(name)).contains(p);
            assertThat(TaosProperty.find(name.toUpperCase(Locale.ROOT))).contains(p);
        }
    }

    @Test
    void noTwoNamesDifferOnlyInCase() {
        Set<String> seen = new HashSet<>();
        for (TaosProperty p : TaosProperty.values()) {
            for (String name : p.names()) {
                assertThat(seen.add(name.toLowerCase(Locale.ROOT))).as(name).isTrue();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            user,                     USER
            td.connect.user,          USER
            password,                 PASSWORD
            td.connect.pass,          PASSWORD
            dbname,                   DATABASE
            timezone,                 TIMEZONE
            TimeZone,                 TIMEZONE
            connectTimeout,           CONNECT_TIMEOUT
            httpConnectTimeout,       CONNECT_TIMEOUT
            conn_timeout,             CONNECT_TIMEOUT
            messageWaitTimeout,       READ_TIMEOUT
            enableCompression,        COMPRESSION
            enableAutoReconnect,      RECONNECT
            reconnectIntervalMs,      RECONNECT_BACKOFF
            reconnect_interval,       RECONNECT_BACKOFF
            reconnectRetryCount,      RECONNECT_RETRIES
            conn_retries,             RECONNECT_RETRIES
            useSSL,                   TLS
            ssl,                      TLS
            USESSL,                   TLS
            disableSSLCertValidation, TLS_INSECURE
            tls_version,              TLS_VERSIONS
            tls_ca,                   TLS_CA_FILE
            bearerToken,              BEARER_TOKEN
            td.connect.token,         TOKEN
            app_name,                 APP
            user_app,                 APP
            group.id,                 GROUP_ID
            group_id,                 GROUP_ID
            offset_rest,              AUTO_OFFSET_RESET
            enable_batch_meta,        MSG_ENABLE_BATCHMETA
            snapshot,                 SNAPSHOT_ENABLE
            experimental.snapshot.enable, SNAPSHOT_ENABLE
            maximumPoolSize,          POOL_MAX_SIZE
            """)
    void findsByKeyOrAliasIgnoringCase(String name, TaosProperty expected) {
        assertThat(TaosProperty.find(name)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nope", "connect-timeout", "group"})
    void unknownNamesFindNothing(String name) {
        assertThat(TaosProperty.find(name)).isEmpty();
        assertThat(TaosProperty.find(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            10s,        PT10S
            500ms,      PT0.5S
            2m,         PT2M
            1h,         PT1H
            1d,         PT24H
            1m30s,      PT1M30S
            1h2m3s4ms,  PT1H2M3.004S
            PT10S,      PT10S
            pt1m,       PT1M
            P1D,        PT24H
            1500,       PT1.5S
            0,          PT0S
            10S,        PT10S
            250us,      PT0.00025S
            7ns,        PT0.000000007S
            '  10s  ',  PT10S
            """)
    void parsesDurations(String text, String expected) {
        assertThat(TaosProperty.CONNECT_TIMEOUT.parse(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-5", "10x", "s", "1.5s", "PT-1S", "10 s", "ms10", "PX", "99999999999999999999"})
    void rejectsBadDurations(String text) {
        TaosException e = catchThrowableOfType(TaosException.class, () -> TaosProperty.READ_TIMEOUT.parse(text));

        assertThat(e.code()).isEqualTo(0x0118);
        assertThat(e.getMessage()).contains("for read_timeout", "\"" + text + "\"", "duration");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            true,  true
            TRUE,  true
            1,     true
            yes,   true
            on,    true
            '',    true
            false, false
            False, false
            0,     false
            no,    false
            off,   false
            """)
    void parsesBooleans(String text, boolean expected) {
        assertThat(TaosProperty.COMPRESSION.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            COMPRESSION,       maybe,         true or false
            PREFETCH,          abc,           non-negative integer
            PREFETCH,          -1,            non-negative integer
            PREFETCH,          2147483648,    non-negative integer
            TIMEZONE,          Mars/Base,     time zone
            AUTO_OFFSET_RESET, sometime,      one of earliest, latest, none
            TLS_VERSIONS,      TLSv1.1,       comma-separated list of TLSv1.2, TLSv1.3
            TLS_VERSIONS,      'TLSv1.2,',    comma-separated list
            TLS_CA_FILE,       '',            file path
            """)
    void badValuesNameKeyValueAndExpectation(TaosProperty p, String text, String expectation) {
        TaosException e = catchThrowableOfType(TaosException.class, () -> p.parse(text));

        assertThat(e.code()).isEqualTo(0x0118);
        assertThat(e.getMessage()).contains("invalid value \"" + text + "\" for " + p.key(), expectation);
    }

    @Test
    void parsesTypedValues() {
        assertThat(TaosProperty.PREFETCH.parse(" 4 ")).isEqualTo(4);
        assertThat(TaosProperty.TIMEZONE.parse("Asia/Shanghai")).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(TaosProperty.TIMEZONE.parse("+08:00")).isEqualTo(ZoneId.of("+08:00"));
        assertThat(TaosProperty.AUTO_OFFSET_RESET.parse("EARLIEST")).isEqualTo("earliest");
        assertThat(TaosProperty.TLS_VERSIONS.parse("tlsv1.3")).isEqualTo(List.of("TLSv1.3"));
        assertThat(TaosProperty.TLS_VERSIONS.parse("TLSv1.3, TLSv1.2")).isEqualTo(List.of("TLSv1.3", "TLSv1.2"));
        assertThat(TaosProperty.TLS_CA_FILE.parse("/etc/ca.pem")).isEqualTo(java.nio.file.Path.of("/etc/ca.pem"));
        assertThat(TaosProperty.USER.parse(" spaced ")).isEqualTo(" spaced ");
        assertThat(TaosProperty.AUTO_COMMIT_INTERVAL.parsedDefault()).isEqualTo(Duration.ofSeconds(5));
        assertThat(TaosProperty.CONNECT_TIMEOUT.parsedDefault()).isEqualTo(Duration.ofSeconds(10));
        assertThat(TaosProperty.READ_TIMEOUT.parsedDefault()).isEqualTo(Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            password,                 true
            PASSWORD,                 true
            td.connect.pass,          true
            token,                    true
            bearerToken,              true
            totp_code,                true
            tls_trust_store_password, true
            my_api_secret,            true
            x-auth-token,             true
            user,                     false
            timezone,                 false
            group.id,                 false
            """)
    void knowsWhichNamesAreSecret(String name, boolean secret) {
        assertThat(TaosProperty.isSecretName(name)).isEqualTo(secret);
    }
}
