package io.taos4j.protocol.ws;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/** Keeps the opaque byte payloads of binary records: stored read-only, handed out as fresh little-endian views. */
final class Buffers {
    private Buffers() {
    }

    /** A read-only buffer over {@code bytes}' remaining bytes, positioned at 0; shares, does not copy, the bytes. */
    static ByteBuffer freeze(ByteBuffer bytes, String name) {
        Objects.requireNonNull(bytes, name);
        return bytes.slice().asReadOnlyBuffer();
    }

    /** A fresh read-only little-endian view of a frozen buffer, positioned at 0. */
    static ByteBuffer view(ByteBuffer frozen) {
        return frozen == null ? null : frozen.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }
}
