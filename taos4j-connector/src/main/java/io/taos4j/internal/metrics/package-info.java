/** Connector metrics behind an interface, so that Micrometer stays optional. Internal: may change in any release. */
package io.taos4j.internal.metrics;
