package io.taos4j.server.engine;

import java.time.ZoneId;

/**
 * Facts about a running server that statements and system tables report.
 *
 * @param version     the version string ({@code server_version()}, the {@code version} reply field)
 * @param startTime   ms since the epoch
 * @param defaultZone the time zone of sessions whose client names none
 * @param endpoint    {@code host:port} as {@code SHOW DNODES} shows it
 */
public record ServerInfo(String version, long startTime, ZoneId defaultZone, String endpoint) {
}
