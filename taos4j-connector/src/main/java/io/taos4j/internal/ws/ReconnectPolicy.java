package io.taos4j.internal.ws;

import java.time.Duration;

/**
 * When and how often a {@link WsSession} reconnects.
 *
 * @param enabled    reconnect at all (else a drop closes the session)
 * @param attempts   dial attempts per reconnection, each trying every endpoint; at least 1
 * @param backoff    wait before the second attempt (the first one is immediate); doubles per attempt
 * @param backoffMax longest wait between attempts
 */
public record ReconnectPolicy(boolean enabled, int attempts, Duration backoff, Duration backoffMax) {

    public ReconnectPolicy {
        attempts = Math.max(1, attempts);
    }

    /** No reconnection. */
    public static ReconnectPolicy off() {
        return new ReconnectPolicy(false, 1, Duration.ZERO, Duration.ZERO);
    }

    /** The wait before attempt {@code n} (1-based). */
    long delayMillis(int n) {
        if (n <= 1) {
            return 0;
        }
        long d = backoff.toMillis() << Math.min(20, n - 2);
        return Math.min(d < 0 ? Long.MAX_VALUE : d, backoffMax.toMillis());
    }
}
