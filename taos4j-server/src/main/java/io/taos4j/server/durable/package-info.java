/**
 * Durable storage of the embedded server: per-vgroup write-ahead logs, immutable columnar segment files, per-vgroup
 * manifests and the catalog journal. Entry point: {@link io.taos4j.server.durable.DurableStorage}; the log reader
 * for TMQ: {@link io.taos4j.server.durable.VgroupLog}. File formats are described in {@code DESIGN.md} next to
 * these sources' package in the repository ({@code taos4j-server/DURABLE.md}).
 */
package io.taos4j.server.durable;
