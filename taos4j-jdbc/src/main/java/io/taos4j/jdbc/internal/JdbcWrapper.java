package io.taos4j.jdbc.internal;

import java.sql.SQLException;
import java.sql.Wrapper;

/** {@link Wrapper} for the driver's objects: they unwrap to themselves and to the connector object they wrap. */
abstract class JdbcWrapper implements Wrapper {

    /** The connector object behind this one, or null. */
    Object delegate() {
        return null;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        Object d = delegate();
        if (d != null && type.isInstance(d)) {
            return type.cast(d);
        }
        throw SqlExceptions.of(SqlState.INVALID_PARAMETER_VALUE, getClass().getSimpleName() + " does not wrap "
                + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        Object d = delegate();
        return type.isInstance(this) || d != null && type.isInstance(d);
    }
}
