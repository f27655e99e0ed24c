package io.taos4j.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The last state a progress display leaves behind: a full bar on a terminal, a plain line elsewhere. */
class ProgressTest {

    @Test
    void onATerminalTheBarIsRedrawnInPlace() {
        StringWriter text = new StringWriter();
        new Progress(new PrintWriter(text), true, 200, "rows", 1000, () -> 200).close();
        assertThat(text.toString()).startsWith("\r[" + "#".repeat(30) + "] 100%  200/200 rows  ")
                .contains(" rows/s\u001B[K").endsWith(System.lineSeparator());
    }

    @Test
    void elsewhereEachUpdateIsALine() {
        StringWriter text = new StringWriter();
        new Progress(new PrintWriter(text), false, 200, "rows", 60_000, () -> 50).close();
        assertThat(text.toString()).startsWith("progress:  25%  50/200 rows  ").contains("ETA")
                .doesNotContain("\r").doesNotContain("\u001B");
    }
}
