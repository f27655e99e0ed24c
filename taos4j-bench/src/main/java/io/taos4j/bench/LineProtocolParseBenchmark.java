package io.taos4j.bench;

import io.taos4j.protocol.Precision;
import io.taos4j.server.schemaless.SchemalessWriter;
import io.taos4j.server.schemaless.SmlPrecision;
import io.taos4j.server.schemaless.SmlProtocol;
import io.taos4j.server.schemaless.SmlRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Line-protocol parsing speed of the embedded server's schemaless engine: a 10,000-line payload (100 child tables,
 * 3 tags, 4 typed fields) parsed into its columnar batch, reported in lines per second. Run with
 * {@code Bench jmh LineProtocolParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LineProtocolParseBenchmark {
    static final int LINES = 10_000;

    private SmlRequest sameOrder;
    private SmlRequest escaped;

    @Setup
    public void setUp() {
        sameOrder = request(SmlLines.batch(0, LINES, 100));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            b.append("room\\ temps,site=north\\,A,sensor=s").append(i % 100).append(" temp=")
                    .append(20 + i % 7).append(".5,label=\"a \\\"quoted\\\" note\",ok=t ")
                    .append(1_700_000_000_000L + i).append('\n');
        }
        escaped = request(b.toString());
    }

    private static SmlRequest request(String payload) {
        return new SmlRequest(SmlProtocol.LINE, SmlPrecision.MILLISECONDS, 0, null,
                payload.getBytes(StandardCharsets.UTF_8));
    }

    /** Typical lines: same keys in the same order on every line. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public int parseLines() {
        return SchemalessWriter.parse(sameOrder, Precision.MILLISECONDS);
    }

    /** Lines with escapes in the measurement, a tag and a quoted string field. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public int parseEscapedLines() {
        return SchemalessWriter.parse(escaped, Precision.MILLISECONDS);
    }
}
