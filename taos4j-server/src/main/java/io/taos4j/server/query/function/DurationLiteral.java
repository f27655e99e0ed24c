package io.taos4j.server.query.function;

/**
 * A duration literal as written ({@code 1s}, {@code 1d}), which the binder may pass as the constant value of a
 * time-unit argument ({@code timediff(a, b, 1s)}, {@code timetruncate(ts, 1d)}) so that {@code bind} can apply
 * TDengine's literal rule: only {@code 1b 1u 1a 1s 1m 1h 1d 1w} are units (else 0x280A). The argument's vector still
 * holds the duration in ticks of the statement precision, as any duration literal evaluates. A plain {@code Long}
 * constant (ticks) is accepted too; the literal check is then reduced to "positive".
 *
 * @param amount the number before the unit
 * @param unit   one of {@code b u a s m h d w n y}
 */
public record DurationLiteral(long amount, char unit) {
}
