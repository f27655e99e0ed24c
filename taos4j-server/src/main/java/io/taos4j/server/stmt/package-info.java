/**
 * Parameter binding on the server, independent of the wire: prepared statements (classic stmt and stmt2), bound
 * values checked against the target columns and converted column-wise, staged rows written through
 * {@link io.taos4j.server.insert.InsertPlan} only when the statement executes, and parameterised queries planned
 * with their values bound as literals.
 */
package io.taos4j.server.stmt;
