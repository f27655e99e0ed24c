package io.taos4j.bench;

/**
 * One measured workload of a {@link Comparison}: taos4j against the official driver, both as medians of several
 * alternating runs in one process against one server.
 *
 * @param comparison the comparison's name ({@code fetch}, {@code insert-sql}, ...)
 * @param workload what was measured, e.g. {@code "Row getters vs ResultSet getters"}
 * @param unit the unit of the two rates, e.g. {@code rows/s}
 * @param taos4j taos4j's median rate
 * @param official the official driver's median rate
 * @param taos4jCpuNanosPerRow client CPU time per row of taos4j (median), NaN when not measured
 * @param officialCpuNanosPerRow the same for the official driver, NaN when not measured
 * @param runs measured runs per client
 * @param rows rows per run
 */
public record Figure(String comparison, String workload, String unit, double taos4j, double official,
        double taos4jCpuNanosPerRow, double officialCpuNanosPerRow, int runs, long rows) {

    /** taos4j's rate divided by the official driver's: above 1 means taos4j is faster. */
    public double ratio() {
        return taos4j / official;
    }

    /** taos4j's CPU per row divided by the official driver's: below 1 means taos4j uses less CPU; NaN if unknown. */
    public double cpuRatio() {
        return taos4jCpuNanosPerRow / officialCpuNanosPerRow;
    }
}
