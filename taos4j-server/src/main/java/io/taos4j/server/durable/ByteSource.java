package io.taos4j.server.durable;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads what {@link ByteSink} wrote. Every read is bounds-checked: truncated or garbled input throws
 * {@link Corrupt}, never an index exception.
 */
final class ByteSource {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Input that does not decode. */
    static final class Corrupt extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Corrupt(String message) {
            super(message);
        }
    }

    private final byte[] buf;
    private final int end;
    private int pos;

    ByteSource(byte[] buf, int from, int to) {
        this.buf = buf;
        this.pos = from;
        this.end = to;
    }

    ByteSource(byte[] buf) {
        this(buf, 0, buf.length);
    }

    int position() {
        return pos;
    }

    int remaining() {
        return end - pos;
    }

    byte[] array() {
        return buf;
    }

    private void need(int n) {
        if (n < 0 || end - pos < n) {
            throw new Corrupt("truncated: need " + n + " bytes at " + pos + ", have " + (end - pos));
        }
    }

    int u8() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    boolean bool() {
        return u8() != 0;
    }

    short i16() {
        need(2);
        short v = (short) SHORT.get(buf, pos);
        pos += 2;
        return v;
    }

    int i32() {
        need(4);
        int v = (int) INT.get(buf, pos);
        pos += 4;
        return v;
    }

    long i64() {
        need(8);
        long v = (long) LONG.get(buf, pos);
        pos += 8;
        return v;
    }

    /** A count that must be in {@code [0, max]}. */
    int count(int max) {
        int n = i32();
        if (n < 0 || n > max) {
            throw new Corrupt("bad count " + n + " at " + (pos - 4));
        }
        return n;
    }

    byte[] bytes(int n) {
        need(n);
        byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return b;
    }

    void skip(int n) {
        need(n);
        pos += n;
    }

    byte[] blob() {
        int n = i32();
        if (n == -1) {
            return null;
        }
        return bytes(n);
    }

    String str() {
        byte[] b = blob();
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
