package io.taos4j.server.query.function;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The registry of scalar SQL functions with TDengine 3.3's names, argument rules, result types and errors
 * (tdengine-sql.md §7.4–§7.9).
 *
 * <p>Conventions the binder relies on:
 * <ul>
 *   <li>{@code POSITION(a IN b)} is {@code position(a, b)}; {@code SUBSTR(x FROM p FOR n)} is
 *       {@code substr(x, p, n)}; TRIM is described at {@code trim} below.</li>
 *   <li>A NULL literal is an argument of type {@code TaosType.NULL} or a VARCHAR(0) constant whose value is null.</li>
 *   <li>Time-unit arguments ({@code timediff}, {@code timetruncate}) are BIGINT constants holding the duration in
 *       ticks of the statement precision; their constant value may be a {@link DurationLiteral} to get TDengine's
 *       literal check.</li>
 *   <li>{@code TRIM([BOTH|LEADING|TRAILING] [remstr FROM] x)} is {@code trim(mode, x)} or {@code trim(mode, remstr,
 *       x)} with {@code mode} a VARCHAR constant {@code 'both'}, {@code 'leading'} or {@code 'trailing'}; a
 *       remstr argument of type {@code TaosType.NULL} also means "none".</li>
 *   <li>CAST is not a function here: use {@link Casts}.</li>
 *   <li>{@code database()}, {@code current_user()}, {@code user()}, {@code client_version()},
 *       {@code server_version()}, {@code server_status()}, {@code timezone()}, {@code now()}, {@code today()} are
 *       evaluated once per statement; TDengine folds the first six into literals typed by their value's length.</li>
 *   <li>{@code ifnull}, {@code coalesce}, {@code nvl}, {@code nvl2}, {@code nullif}, {@code isnull},
 *       {@code isnotnull} do not exist in 3.3.7.5 (0x0374).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Functions {
    /** The version this server reports through SERVER_VERSION() (and the engine elsewhere). */
    public static final String SERVER_VERSION = "3.3.8.0";
    /** The client library version CLIENT_VERSION() reports (for WebSocket clients, taosAdapter's, the same). */
    public static final String CLIENT_VERSION = SERVER_VERSION;

    private static final Map<String, ScalarFunction> SCALARS = build();

    private Functions() {
    }

    private static Map<String, ScalarFunction> build() {
        Map<String, ScalarFunction> m = new LinkedHashMap<>();
        Stream.of(MathFunctions.all(), GreatestLeast.all(), StringFunctions.all(), HashFunctions.all(),
                        ConversionFunctions.all(), TimeFunctions.all(), SystemFunctions.all(),
                        GeometryFunctions.all())
                .flatMap(List::stream)
                .forEach(f -> {
                    if (m.put(f.name(), f) != null) {
                        throw new IllegalStateException("duplicate function " + f.name());
                    }
                });
        return Collections.unmodifiableMap(m);
    }

    /**
     * The scalar function called {@code lowerCaseName}.
     *
     * @return the function, or null when there is none (the binder reports 0x0374 {@code Func not exists} unless
     *         the name is an aggregate or another kind of function)
     */
    public static ScalarFunction scalar(String lowerCaseName) {
        return SCALARS.get(lowerCaseName);
    }

    /** The names of every scalar function, in lower case. */
    public static Set<String> scalarNames() {
        return SCALARS.keySet();
    }
}
