/** Columnar value vectors: primitive arrays plus a null bitmap, one class per physical representation. */
package io.taos4j.protocol.column;
