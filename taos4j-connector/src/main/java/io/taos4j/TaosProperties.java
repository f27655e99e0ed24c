package io.taos4j;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;

/**
 * An immutable, typed set of {@link TaosProperty} values, built in layers: usually a {@link Dsn} first, then
 * {@code Properties} or maps of overrides. A later layer wins over an earlier one; defaults apply to whatever no
 * layer sets.
 *
 * <p><b>Layers.</b> Names are looked up with {@link TaosProperty#find} (keys and aliases, any case). Every value is
 * parsed when its layer is added, so a bad value fails there with a {@link TaosException} (0x0118) naming the key.
 * An empty value sets a string (to {@code ""}) or a boolean (to true, as {@code ?compression} does) and is ignored
 * for other types, meaning "not set here". Names the catalogue does not know are kept, with their values, in
 * {@link #unknownKeys()} (a subscription forwards them to the server as consumer configuration); they are neither
 * rejected nor logged. Within a DSN the user, password and database of the authority and path win over
 * {@code ?user=}, {@code ?password=}, {@code ?database=}, and a TLS scheme ({@code wss}) sets {@code tls=true}.
 * Within one {@code Properties} layer, when several names of one property appear, the canonical key wins.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} masks secret values.
 */
public final class TaosProperties {

    private static final TaosProperties EMPTY =
            new TaosProperties(new EnumMap<>(TaosProperty.class), new EnumMap<>(TaosProperty.class), Map.of());

    private final Map<TaosProperty, String> given;
    private final Map<TaosProperty, Object> values;
    private final Map<String, String> unknown;

    private TaosProperties(Map<TaosProperty, String> given, Map<TaosProperty, Object> values,
            Map<String, String> unknown) {
        this.given = given;
        this.values = values;
        this.unknown = unknown;
    }

    /** No values set: every getter returns the default. */
    public static TaosProperties empty() {
        return EMPTY;
    }

    /** The options of {@code dsn}: its parameters, then its user, password, database and TLS scheme. */
    public static TaosProperties of(Dsn dsn) {
        return EMPTY.with(dsn);
    }

    /** A first layer from a map, applied in its iteration order. */
    public static TaosProperties of(Map<String, String> map) {
        return EMPTY.with(map);
    }

    /** A first layer from {@code Properties}, defaults included. */
    public static TaosProperties of(Properties properties) {
        return EMPTY.with(properties);
    }

    /** These values overridden by the options of {@code dsn} (see {@link #of(Dsn)}). */
    public TaosProperties with(Dsn dsn) {
        Builder b = new Builder(this);
        dsn.params().forEach(b::put);
        if (dsn.givenUser() != null) {
            b.put(TaosProperty.USER, dsn.givenUser(), TaosProperty.USER.key());
        }
        if (dsn.givenPassword() != null) {
            b.put(TaosProperty.PASSWORD, dsn.givenPassword(), TaosProperty.PASSWORD.key());
        }
        if (dsn.database() != null) {
            b.put(TaosProperty.DATABASE, dsn.database(), TaosProperty.DATABASE.key());
        }
        if (dsn.scheme().isTls()) {
            b.put(TaosProperty.TLS, "true", TaosProperty.TLS.key());
        }
        return b.build();
    }

    /** These values overridden by {@code overrides}, applied in its iteration order; null values are skipped. */
    public TaosProperties with(Map<String, String> overrides) {
        Builder b = new Builder(this);
        overrides.forEach((k, v) -> {
            if (k != null && v != null) {
                b.put(k, v);
            }
        });
        return b.build();
    }

    /**
     * These values overridden by {@code overrides}, including its defaults; non-string values count by their
     * {@code toString()}. Aliases are applied before canonical keys, so the canonical key wins.
     */
    public TaosProperties with(Properties overrides) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String name : overrides.stringPropertyNames()) {
            all.put(name, overrides.getProperty(name));
        }
        overrides.forEach((k, v) -> {
            if (k instanceof String && v != null && !all.containsKey(k)) {
                all.put((String) k, String.valueOf(v));
            }
        });
        List<String> names = new ArrayList<>(all.keySet());
        names.sort(Comparator.comparing(TaosProperties::isCanonical).thenComparing(Comparator.naturalOrder()));
        Builder b = new Builder(this);
        for (String name : names) {
            b.put(name, all.get(name));
        }
        return b.build();
    }

    /** These values with {@code property} set to {@code value} (parsed now), or unset when {@code value} is null. */
    public TaosProperties with(TaosProperty property, String value) {
        Builder b = new Builder(this);
        if (value == null) {
            b.given.remove(property);
            b.values.remove(property);
        } else {
            b.put(property, value, property.key());
        }
        return b.build();
    }

    /** True when some layer set {@code property}. */
    public boolean isSet(TaosProperty property) {
        return given.containsKey(property);
    }

    /** The value as text: as given, else the default text, else null. */
    public String raw(TaosProperty property) {
        String v = given.get(property);
        return v != null ? v : property.defaultValue();
    }

    /** The typed value (an instance of {@code property.type().javaType()}): as given, else the default, else null. */
    public Object get(TaosProperty property) {
        Object v = values.get(property);
        return v != null ? v : property.parsedDefault();
    }

    /** A {@code STRING} or {@code ENUM} value, or null when unset without default. */
    public String getString(TaosProperty property) {
        check(property, TaosProperty.Type.STRING, TaosProperty.Type.ENUM);
        return (String) get(property);
    }

    /** A {@code BOOLEAN} value (every boolean property has a default). */
    public boolean getBoolean(TaosProperty property) {
        check(property, TaosProperty.Type.BOOLEAN);
        return (Boolean) required(property);
    }

    /**
     * An {@code INT} value.
     *
     * @throws NoSuchElementException when unset and without default
     */
    public int getInt(TaosProperty property) {
        check(property, TaosProperty.Type.INT);
        return (Integer) required(property);
    }

    /**
     * A {@code LONG} or {@code INT} value.
     *
     * @throws NoSuchElementException when unset and without default
     */
    public long getLong(TaosProperty property) {
        check(property, TaosProperty.Type.LONG, TaosProperty.Type.INT);
        return ((Number) required(property)).longValue();
    }

    /** A {@code DURATION} value, or null when unset without default. */
    public Duration getDuration(TaosProperty property) {
        check(property, TaosProperty.Type.DURATION);
        return (Duration) get(property);
    }

    /** A {@code ZONE_ID} value, or null when unset without default. */
    public ZoneId getZoneId(TaosProperty property) {
        check(property, TaosProperty.Type.ZONE_ID);
        return (ZoneId) get(property);
    }

    /** A {@code PATH} value, or null when unset without default. */
    public Path getPath(TaosProperty property) {
        check(property, TaosProperty.Type.PATH);
        return (Path) get(property);
    }

    /** A {@code LIST} value, or null when unset without default. */
    @SuppressWarnings("unchecked")
    public List<String> getList(TaosProperty property) {
        check(property, TaosProperty.Type.LIST);
        return (List<String>) get(property);
    }

    /** The values some layer set, as given (text), in catalogue order; unmodifiable. */
    public Map<TaosProperty, String> given() {
        return Collections.unmodifiableMap(given);
    }

    /** Names the catalogue does not know, with their values, in the order first seen; unmodifiable. */
    public Map<String, String> unknownKeys() {
        return unknown;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaosProperties && given.equals(((TaosProperties) o).given)
                && unknown.equals(((TaosProperties) o).unknown);
    }

    @Override
    public int hashCode() {
        return given.hashCode() * 31 + unknown.hashCode();
    }

    /** The values set, secrets masked, e.g. {@code TaosProperties{user=root, password=******}}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TaosProperties{");
        String sep = "";
        for (Map.Entry<TaosProperty, String> e : given.entrySet()) {
            sb.append(sep).append(e.getKey().key()).append('=')
                    .append(e.getKey().isSecret() ? TaosProperty.MASK : e.getValue());
            sep = ", ";
        }
        if (!unknown.isEmpty()) {
            sb.append(sep).append("unknown={");
            sep = "";
            for (Map.Entry<String, String> e : unknown.entrySet()) {
                sb.append(sep).append(e.getKey()).append('=')
                        .append(TaosProperty.isSecretName(e.getKey()) ? TaosProperty.MASK : e.getValue());
                sep = ", ";
            }
            sb.append('}');
        }
        return sb.append('}').toString();
    }

    private Object required(TaosProperty property) {
        Object v = get(property);
        if (v == null) {
            throw new NoSuchElementException(property.key() + " is not set and has no default");
        }
        return v;
    }

    private static void check(TaosProperty property, TaosProperty.Type... types) {
        for (TaosProperty.Type t : types) {
            if (property.type() == t) {
                return;
            }
        }
        throw new IllegalArgumentException(property.key() + " is a " + property.type() + " property");
    }

    private static boolean isCanonical(String name) {
        return TaosProperty.find(name).map(p -> p.key().equals(name)).orElse(false);
    }

    /** A mutable copy used while one layer is applied. */
    private static final class Builder {
        final Map<TaosProperty, String> given;
        final Map<TaosProperty, Object> values;
        final Map<String, String> unknown;

        Builder(TaosProperties from) {
            given = new EnumMap<>(from.given);
            values = new EnumMap<>(from.values);
            unknown = new LinkedHashMap<>(from.unknown);
        }

        void put(String name, String value) {
            TaosProperty p = TaosProperty.find(name).orElse(null);
            if (p == null) {
                unknown.put(name, value);
            } else {
                put(p, value, name);
            }
        }

        void put(TaosProperty p, String value, String writtenName) {
            boolean emptyMeansUnset = p.type() != TaosProperty.Type.STRING && p.type() != TaosProperty.Type.BOOLEAN;
            if (value.isEmpty() && emptyMeansUnset) {
                return;
            }
            values.put(p, p.parse(value, writtenName));
            given.put(p, value);
        }

        TaosProperties build() {
            return new TaosProperties(given, values, Collections.unmodifiableMap(unknown));
        }
    }
}
