package io.taos4j.protocol.ws;

import java.util.List;

/**
 * The column description shared by the {@code query}/{@code binary_query}, {@code stmt2_result} and
 * {@code use_result} replies: the wire keys {@code fields_count}, {@code fields_names}, {@code fields_types},
 * {@code fields_lengths}, {@code precision}, {@code fields_precisions}, {@code fields_scales} (ws-sql.md §4.3).
 *
 * <p>The lists are immutable; each is null when the reply carries {@code null} (updates, see {@link #NONE}) and is
 * then written as {@code null}, never omitted.
 *
 * @param count number of columns (JSON {@code fields_count})
 * @param names column names
 * @param types TDengine type codes
 * @param lengths user-visible column lengths (raw-block.md §2)
 * @param precision timestamp precision of the result: 0 ms, 1 µs, 2 ns
 * @param precisions per column DECIMAL precision, else 0
 * @param scales per column DECIMAL scale, else 0
 */
public record ResultFields(int count, List<String> names, List<Integer> types, List<Long> lengths, int precision,
        List<Long> precisions, List<Long> scales) {

    /** What a statement without a result set reports: count 0, precision 0, every list null. */
    public static final ResultFields NONE = new ResultFields(0, null, null, null, 0, null, null);

    public ResultFields {
        names = copy(names);
        types = copy(types);
        lengths = copy(lengths);
        precisions = copy(precisions);
        scales = copy(scales);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
