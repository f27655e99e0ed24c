package io.taos4j.server.durable;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable little-endian byte buffer for encoding records. Not thread-safe. */
final class ByteSink {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] buf;
    private int pos;

    ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    int position() {
        return pos;
    }

    byte[] array() {
        return buf;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    void reset() {
        pos = 0;
    }

    void ensure(int more) {
        if (pos + more > buf.length) {
            long next = Math.max((long) pos + more, buf.length * 2L);
            if (next > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("record too large: " + next + " bytes");
            }
            buf = Arrays.copyOf(buf, (int) next);
        }
    }

    ByteSink u8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
        return this;
    }

    ByteSink bool(boolean v) {
        return u8(v ? 1 : 0);
    }

    ByteSink i16(int v) {
        ensure(2);
        SHORT.set(buf, pos, (short) v);
        pos += 2;
        return this;
    }

    ByteSink i32(int v) {
        ensure(4);
        INT.set(buf, pos, v);
        pos += 4;
        return this;
    }

    /** Overwrites 4 bytes at {@code at} (a length or checksum reserved earlier). */
    void i32At(int at, int v) {
        INT.set(buf, at, v);
    }

    void i64At(int at, long v) {
        LONG.set(buf, at, v);
    }

    ByteSink i64(long v) {
        ensure(8);
        LONG.set(buf, pos, v);
        pos += 8;
        return this;
    }

    ByteSink bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
        return this;
    }

    /** A length-prefixed byte string; null is length -1. */
    ByteSink blob(byte[] b) {
        if (b == null) {
            return i32(-1);
        }
        i32(b.length);
        return bytes(b, 0, b.length);
    }

    /** A length-prefixed UTF-8 string; null is length -1. */
    ByteSink str(String s) {
        return blob(s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    /** Reserves {@code n} bytes to fill later; returns their position. */
    int skip(int n) {
        ensure(n);
        int at = pos;
        pos += n;
        return at;
    }
}
