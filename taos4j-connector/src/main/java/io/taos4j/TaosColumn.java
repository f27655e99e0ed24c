package io.taos4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the result column a record component, field or setter takes its value from, when the Java name does not
 * match the column label (e.g. {@code @TaosColumn("count(*)") long count}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface TaosColumn {
    /** The column label. */
    String value();
}
