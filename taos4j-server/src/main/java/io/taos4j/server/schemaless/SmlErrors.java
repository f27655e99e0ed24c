package io.taos4j.server.schemaless;

import io.taos4j.protocol.TaosError;
import io.taos4j.server.sql.SqlError;
import java.nio.charset.StandardCharsets;

/**
 * TDengine's schemaless error messages. The C client formats {@code "<what>:<text>"} into a 512-byte buffer, where
 * the text is the payload from the offending position to its end (the parser points into the raw payload, so the
 * rest of the batch follows the bad line); the reply carries that buffer, or the code's standard text when empty.
 */
final class SmlErrors {
    /** Bytes of the client's message buffer, less the terminating NUL. */
    static final int MESSAGE_BYTES = 511;

    private SmlErrors() {
    }

    /** {@code code} with the message {@code "<what>:<data from pos to its end>"}, cut to 511 bytes. */
    static SqlError at(TaosError code, String what, byte[] data, int pos) {
        return at(code.code(), what, data, pos);
    }

    static SqlError at(int code, String what, byte[] data, int pos) {
        if (data == null || pos < 0) {
            return new SqlError(code, what);
        }
        return new SqlError(code, withRest(what + ":", data, pos));
    }

    /** {@code head} followed by the payload from {@code pos} up to a NUL or its end, cut to 511 bytes in all. */
    static String withRest(String head, byte[] data, int pos) {
        int headBytes = head.getBytes(StandardCharsets.UTF_8).length;
        if (headBytes >= MESSAGE_BYTES) {
            return head;
        }
        int end = data.length;
        for (int i = pos; i < data.length; i++) {
            if (data[i] == 0) {
                end = i;
                break;
            }
        }
        int n = Math.max(0, Math.min(end - pos, MESSAGE_BYTES - headBytes));
        // do not cut a UTF-8 sequence in half
        while (n > 0 && pos + n < end && (data[pos + n] & 0xC0) == 0x80) {
            n--;
        }
        return head + new String(data, pos, n, StandardCharsets.UTF_8);
    }

    /** {@code code} with the message {@code what} only. */
    static SqlError of(TaosError code, String what) {
        return new SqlError(code.code(), what);
    }

    /** {@code code} with TDengine's standard text (the client's message buffer stayed empty). */
    static SqlError of(TaosError code) {
        return SqlError.of(code);
    }
}
