/** Service interfaces between the connector and an in-process embedded server, found with {@link java.util.ServiceLoader}. */
package io.taos4j.protocol.spi;
