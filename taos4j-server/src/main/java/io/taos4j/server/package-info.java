/** The embedded server's public API: {@link io.taos4j.server.TaosServer}. Everything else is internal. */
package io.taos4j.server;
