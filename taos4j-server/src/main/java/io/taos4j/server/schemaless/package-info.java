/**
 * Schemaless ingestion as TDengine's client library performs it ({@code taos_schemaless_insert_raw*},
 * clientSml*.c): InfluxDB line protocol, OpenTSDB telnet and OpenTSDB JSON parsed straight from the payload bytes
 * into a columnar batch, the super tables created or widened to fit, and the rows written through one
 * {@link io.taos4j.server.insert.InsertPlan}. {@link io.taos4j.server.schemaless.SchemalessWriter} is the entry
 * point; the {@code /ws} {@code insert} action and the InfluxDB/OpenTSDB HTTP endpoints call it.
 */
package io.taos4j.server.schemaless;
