/**
 * JMH micro-benchmarks of hot loops, run with {@code Bench jmh [JMH options] [name regex]}, e.g.
 * {@code java -cp "taos4j-bench/target/taos4j-bench.jar:taos4j-bench/target/lib/*" io.taos4j.bench.Bench jmh
 * BlockReadBench -f 1 -wi 3 -i 5}.
 *
 * <ul>
 *   <li>{@link io.taos4j.bench.jmh.BlockReadBench}: the client's read path for one 4096-row block (validation,
 *       row getters, columnar getters, boxed objects, column vectors);</li>
 *   <li>{@link io.taos4j.bench.jmh.BlockEncodeBench}: the server's raw block encoding;</li>
 *   <li>{@link io.taos4j.bench.jmh.DsnParseBench}: DSN parsing.</li>
 * </ul>
 *
 * <p>Adding one (stmt2 bind encoding, line-protocol parsing, ...): a public class here named {@code <Thing>Bench}
 * with {@code @State(Scope.Thread)} holding realistic input built once in {@code @Setup} (build column data with
 * {@link io.taos4j.bench.jmh.Blocks}: its vectors are what a stmt2 bind carries, and its values can be rendered as
 * InfluxDB lines), one {@code @Benchmark} method per operation that returns its result or hands it to a
 * {@link org.openjdk.jmh.infra.Blackhole}, and a class comment saying what one operation is (e.g. "one 4096-row
 * bind"). The annotation processor in the POM generates the JMH sources; nothing has to be registered. Suggested
 * names: {@code Stmt2EncodeBench} (encode a 4096-row, every-type bind: {@code Blocks.everyType(4096, 100).vectors()}),
 * {@code LineProtocolParseBench} (parse a batch of 4096 lines of one measurement with tags and four fields).
 */
package io.taos4j.bench.jmh;
