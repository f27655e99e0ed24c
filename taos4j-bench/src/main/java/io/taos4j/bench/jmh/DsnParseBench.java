package io.taos4j.bench.jmh;

import io.taos4j.Dsn;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** DSN parsing (done once per {@code TaosBuilder.fromDsn}, and per pooled connection's builder). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DsnParseBench {
    @Param({"ws://localhost:6041",
            "taos+wss://user:p%40ss@h1:6041,h2:6042,[::1]:6043/power?read_timeout=5s&compression=true&timezone=UTC"})
    public String dsn;

    @Benchmark
    public Dsn parse() {
        return Dsn.parse(dsn);
    }
}
