package io.taos4j.server.schemaless;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Escape removal per field kind, child table naming and sizing rules, without an engine. */
class NamesAndEscapesTest {

    static Stream<Arguments> escapes() {
        return Stream.of(
                // kind, written, read
                Arguments.of(Escapes.MEASUREMENT, "a\\ b\\,c", "a b,c"),
                Arguments.of(Escapes.MEASUREMENT, "a\\=b", "a\\=b"),
                Arguments.of(Escapes.KEY_OR_TAG, "k\\=1\\ 2\\,3", "k=1 2,3"),
                Arguments.of(Escapes.KEY_OR_TAG, "a\\\\,b", "a\\,b"),
                Arguments.of(Escapes.KEY_OR_TAG, "a\\\"b", "a\\\"b"),
                Arguments.of(Escapes.FIELD_VALUE, "say \\\"hi\\\"", "say \"hi\""),
                Arguments.of(Escapes.FIELD_VALUE, "a\\\\\\\\b", "a\\\\b"),
                Arguments.of(Escapes.FIELD_VALUE, "a\\,b", "a\\,b"),
                Arguments.of(Escapes.FIELD_VALUE, "end\\", "end\\"));
    }

    @ParameterizedTest(name = "kind {0}: {1}")
    @MethodSource("escapes")
    void removesEscapingBackslashesOncePerPair(int kind, String written, String read) {
        byte[] b = written.getBytes(StandardCharsets.UTF_8);
        assertThat(new String(Escapes.unescaped(kind, b, 0, b.length), StandardCharsets.UTF_8)).isEqualTo(read);
    }

    @Test
    void sortsTagKeysCaseInsensitivelyThenShorterFirst() {
        assertThat(ChildTableNames.compareKeys("a".getBytes(), "B".getBytes())).isNegative();
        assertThat(ChildTableNames.compareKeys("ab".getBytes(), "a".getBytes())).isPositive();
        assertThat(ChildTableNames.compareKeys("Ab".getBytes(), "aB".getBytes())).isZero();
    }

    @Test
    void namesByMd5OfTheJoinedText() throws Exception {
        byte[][] keys = {"t2".getBytes(), "t1".getBytes()};
        byte[][] values = {"b".getBytes(), "a".getBytes()};
        assertThat(ChildTableNames.generated("st".getBytes(), keys, values, 2))
                .isEqualTo(LineProtocolRulesTest.md5Name("st,t1=a,t2=b"));
        assertThat(ChildTableNames.fromTag("a.b.c".getBytes())).isEqualTo("a_b_c");
        assertThat(ChildTableNames.fromTag("x".repeat(200).getBytes())).hasSize(192);
    }

    @Test
    void growsStringsToThePowerOfTwoAboveTheLongestValue() {
        assertThat(SchemaPlanner.powerOf2(0)).isEqualTo(1);
        assertThat(SchemaPlanner.powerOf2(1)).isEqualTo(2);
        assertThat(SchemaPlanner.powerOf2(2)).isEqualTo(4);
        assertThat(SchemaPlanner.powerOf2(1023)).isEqualTo(1024);
        assertThat(SchemaPlanner.powerOf2(1024)).isEqualTo(1024);
        assertThat(SchemaPlanner.sized(io.taos4j.protocol.TaosType.NCHAR, 5000).length()).isEqualTo(4095);
    }

    @Test
    void countsLinesAsTheClientDoes() {
        assertThat(SchemalessWriter.countLines("a\nb".getBytes(), SmlProtocol.LINE)).isEqualTo(2);
        assertThat(SchemalessWriter.countLines("a\nb\n".getBytes(), SmlProtocol.LINE)).isEqualTo(2);
        assertThat(SchemalessWriter.countLines("#c\na\n\nb".getBytes(), SmlProtocol.LINE)).isEqualTo(3);
        assertThat(SchemalessWriter.countLines("#c\na".getBytes(), SmlProtocol.TELNET)).isEqualTo(2);
        assertThat(SchemalessWriter.countLines("[{}]".getBytes(), SmlProtocol.JSON)).isEqualTo(1);
    }

    @Test
    void readsPrecisionNamesAsTaosAdapterDoes() {
        assertThat(SmlPrecision.ofName("ms")).isEqualTo(SmlPrecision.MILLISECONDS);
        assertThat(SmlPrecision.ofName("μ")).isEqualTo(SmlPrecision.MICROSECONDS);
        assertThat(SmlPrecision.ofName("u")).isEqualTo(SmlPrecision.MICROSECONDS);
        assertThat(SmlPrecision.ofName("ms ")).isEqualTo(SmlPrecision.NOT_CONFIGURED);
        assertThat(SmlPrecision.ofName(null)).isEqualTo(SmlPrecision.NOT_CONFIGURED);
    }
}
