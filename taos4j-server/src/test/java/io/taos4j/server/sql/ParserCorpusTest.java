package io.taos4j.server.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Golden tests: every corpus statement parses to its printed AST; every error case fails exactly as TDengine. */
class ParserCorpusTest {
    private static final String VALID = "/sql/parser-corpus.txt";
    private static final String ERRORS = "/sql/parser-errors.txt";

    @Test
    void corpusIsLargeEnough() throws IOException {
        assertThat(Corpus.read(VALID)).hasSizeGreaterThanOrEqualTo(350).allMatch(e -> !e.error());
        assertThat(Corpus.read(ERRORS)).hasSizeGreaterThanOrEqualTo(100).allMatch(Corpus.Entry::error);
    }

    @TestFactory
    Stream<DynamicTest> validStatements() throws IOException {
        return tests(Corpus.read(VALID));
    }

    @TestFactory
    Stream<DynamicTest> errorStatements() throws IOException {
        return tests(Corpus.read(ERRORS));
    }

    private static Stream<DynamicTest> tests(List<Corpus.Entry> entries) {
        return entries.stream().map(e -> DynamicTest.dynamicTest("line " + e.line() + ": " + e.sql(),
                () -> assertThat(outcome(e.sql())).as(e.sql()).isEqualTo(e.expected())));
    }

    /** {@code AST} for a statement that parses, {@code 0xNNNN message} for one that fails. */
    static String outcome(String sql) {
        try {
            return AstPrinter.print(Parser.parse(sql).statement());
        } catch (SqlError error) {
            return String.format("0x%04x %s", error.code(), error.getMessage());
        } catch (RuntimeException unexpected) {
            fail("unexpected failure for " + sql, unexpected);
            return null;
        }
    }
}
