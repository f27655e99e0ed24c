package io.taos4j.bench;

import java.io.PrintStream;
import java.util.List;

/**
 * An end-to-end comparison of taos4j with the official taos-jdbcdriver that {@code bench all} runs and records.
 *
 * <p>To add one: implement this interface on a picocli subcommand class and list that class in {@link Bench}'s
 * {@code subcommands}. {@code bench all} runs every subcommand implementing it, in the order listed, and puts the
 * returned {@link Figure}s into the result file and the chart. A subcommand that does not implement it is still
 * run by {@code bench all} (its printed output is kept, without
 * figures). Use {@link Trials} for alternating, warmed-up, measured runs and {@link ChildServer} for a server in a
 * separate JVM (so that the client's CPU time can be measured alone).
 */
public interface Comparison {

    /** The subcommand name, e.g. {@code fetch}; also the comparison's name in the result file. */
    String name();

    /**
     * Runs the comparison and returns its figures.
     *
     * @param scale multiplies the sizes the subcommand's options give (1 = full size; e.g. 0.1 for a quick run)
     * @param out where progress and the human-readable table go
     */
    List<Figure> compare(double scale, PrintStream out) throws Exception;

    /** {@code value * scale}, rounded, at least {@code min}. */
    static int scaled(int value, double scale, int min) {
        return (int) Math.max(min, Math.round(value * scale));
    }
}
