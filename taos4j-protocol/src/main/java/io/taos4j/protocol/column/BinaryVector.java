package io.taos4j.protocol.column;

import io.taos4j.protocol.TaosType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A vector of variable-length values: VARCHAR, NCHAR, JSON, VARBINARY, GEOMETRY and BLOB.
 *
 * <p>Entry {@code i} is {@code data[offsets[i], offsets[i + 1])}. Text types (VARCHAR, NCHAR, JSON) hold UTF-8;
 * the raw block codec converts NCHAR to UCS-4LE on the wire. GEOMETRY holds WKB. A null entry is empty. Entries can
 * only be appended. See {@link ColumnVector} for the threading contract.
 */
public final class BinaryVector extends ColumnVector {
    private int[] offsets;
    private byte[] data;

    public BinaryVector(TaosType type, int capacity) {
        super(type);
        if (!type.isVarLength() || type == TaosType.MEDIUMBLOB) {
            throw new IllegalArgumentException(type + " values do not fit a BinaryVector");
        }
        this.offsets = new int[Math.max(capacity, 0) + 1];
        this.data = new byte[Math.max(capacity, 0) * 8];
    }

    /** Wraps existing arrays without copying; {@code offsets} must hold {@code size + 1} ascending entries. */
    public static BinaryVector wrap(TaosType type, int[] offsets, byte[] data, int size) {
        BinaryVector v = new BinaryVector(type, 0);
        v.offsets = offsets;
        v.data = data;
        v.size = size;
        return v;
    }

    /** Backing data array; entry bytes are located through {@link #offsets()}. */
    public byte[] data() {
        return data;
    }

    /** Backing offsets array of length at least {@code size + 1}. */
    public int[] offsets() {
        return offsets;
    }

    public int start(int i) {
        return offsets[i];
    }

    public int length(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** A copy of entry {@code i}'s bytes (empty for null). */
    public byte[] getBytes(int i) {
        return Arrays.copyOfRange(data, offsets[i], offsets[i + 1]);
    }

    /** Entry {@code i} decoded as UTF-8 (null for null). */
    public String getString(int i) {
        if (isNull(i)) {
            return null;
        }
        return new String(data, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
    }

    /** Total bytes held by entries {@code [0, size)}. */
    public int dataLength() {
        return offsets[size];
    }

    public void append(byte[] bytes) {
        append(bytes, 0, bytes.length);
    }

    public void append(byte[] bytes, int from, int length) {
        if (size + 1 >= offsets.length) {
            ensureCapacity(size + 1);
        }
        int start = offsets[size];
        ensureData(start + length);
        System.arraycopy(bytes, from, data, start, length);
        offsets[++size] = start + length;
    }

    /** Appends the UTF-8 encoding of {@code text}. */
    public void append(String text) {
        append(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void appendNull() {
        if (size + 1 >= offsets.length) {
            ensureCapacity(size + 1);
        }
        offsets[size + 1] = offsets[size];
        markNull(size++, true);
    }

    @Override
    public BinaryVector snapshot() {
        BinaryVector view = new BinaryVector(type, 0);
        view.offsets = offsets;
        view.data = data;
        return shareState(view);
    }

    @Override
    public int capacity() {
        return offsets.length - 1;
    }

    @Override
    public void ensureCapacity(int minCapacity) {
        if (minCapacity + 1 > offsets.length) {
            offsets = Arrays.copyOf(offsets, grow(offsets.length, minCapacity + 1));
        }
    }

    /** Grows the data array so that {@code minBytes} fit. */
    public void ensureData(int minBytes) {
        if (minBytes > data.length) {
            data = Arrays.copyOf(data, grow(data.length, minBytes));
        }
    }

    @Override
    public void appendFrom(ColumnVector source, int index) {
        BinaryVector src = (BinaryVector) source;
        if (src.isNull(index)) {
            appendNull();
        } else {
            append(src.data, src.offsets[index], src.offsets[index + 1] - src.offsets[index]);
        }
    }

    @Override
    public void appendRange(ColumnVector source, int from, int to) {
        BinaryVector src = (BinaryVector) source;
        int n = to - from;
        ensureCapacity(size + n);
        int srcStart = src.offsets[from];
        int bytes = src.offsets[to] - srcStart;
        int base = offsets[size];
        ensureData(base + bytes);
        System.arraycopy(src.data, srcStart, data, base, bytes);
        int delta = base - srcStart;
        for (int i = 1; i <= n; i++) {
            offsets[size + i] = src.offsets[from + i] + delta;
        }
        if (src.nullBits != null) {
            for (int i = from; i < to; i++) {
                if (src.isNull(i)) {
                    markNull(size + i - from, true);
                }
            }
        }
        size += n;
    }

    @Override
    public BinaryVector newEmpty(int capacity) {
        return new BinaryVector(type, capacity);
    }

    @Override
    public Object getObject(int i) {
        if (isNull(i)) {
            return null;
        }
        return type.isText() ? getString(i) : getBytes(i);
    }
}
