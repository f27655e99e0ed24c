/** The {@code ./taos4j} command line: demo, server, shell, bench. */
module io.taos4j.cli {
    requires io.taos4j;
    requires io.taos4j.server;
    requires info.picocli;
    requires org.jline;
    requires HdrHistogram;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    opens io.taos4j.cli to info.picocli;
}
