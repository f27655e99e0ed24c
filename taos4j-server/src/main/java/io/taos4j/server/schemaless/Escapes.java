package io.taos4j.server.schemaless;

/**
 * Backslash escapes of the line protocol (schemaless docs, "escape rules"): a backslash before a special character
 * is dropped, once per pair, scanning left to right exactly as TDengine's {@code PROCESS_SLASH_*} macros do. The
 * special characters depend on the field: measurement {@code , } and space; tag keys, tag values and field keys
 * {@code ,}, {@code =} and space; field values {@code "} and backslash.
 */
final class Escapes {
    static final int MEASUREMENT = 0;
    static final int KEY_OR_TAG = 1;
    static final int FIELD_VALUE = 2;

    private Escapes() {
    }

    static boolean special(int kind, byte c) {
        return switch (kind) {
            case MEASUREMENT -> c == ',' || c == ' ';
            case KEY_OR_TAG -> c == ',' || c == ' ' || c == '=';
            default -> c == '"' || c == '\\';
        };
    }

    /** Copies {@code src[off, off+len)} into {@code dst} at {@code at} without the escaping backslashes. */
    static int unescape(int kind, byte[] src, int off, int len, byte[] dst, int at) {
        int w = at;
        int end = off + len;
        int i = off;
        while (i < end) {
            if (i + 1 < end && src[i] == '\\' && special(kind, src[i + 1])) {
                dst[w++] = src[i + 1];
                i += 2;
            } else {
                dst[w++] = src[i++];
            }
        }
        return w - at;
    }

    /** The unescaped bytes of a slice. */
    static byte[] unescaped(int kind, byte[] src, int off, int len) {
        byte[] out = new byte[len];
        int n = unescape(kind, src, off, len, out, 0);
        return n == len ? out : java.util.Arrays.copyOf(out, n);
    }
}
