/** Type codes ({@link io.taos4j.protocol.TaosType}), precisions and TDengine error codes. */
package io.taos4j.protocol;
