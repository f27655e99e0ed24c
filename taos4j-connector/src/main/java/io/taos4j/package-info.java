/**
 * The connector's public API. Start with {@link io.taos4j.TaosBuilder#fromDsn(String)}.
 */
package io.taos4j;
