package io.taos4j.protocol.block;

import java.nio.ByteBuffer;

/**
 * NCHAR text conversion between the UCS-4LE of raw blocks and the UTF-8 that column vectors hold, one code point at
 * a time, without Strings.
 *
 * <p>Malformed input never throws: a UCS-4 value that is not a Unicode scalar value (a surrogate or above U+10FFFF)
 * and every byte of a malformed UTF-8 sequence become U+FFFD, so counting and converting always agree.
 */
final class Ucs4 {
    static final int REPLACEMENT = 0xFFFD;

    private Ucs4() {
    }

    /** UTF-8 bytes needed for the {@code byteLength / 4} UCS-4LE code points at {@code index} of {@code src}. */
    static int utf8Length(ByteBuffer src, int index, int byteLength) {
        int n = 0;
        for (int p = index, end = index + byteLength; p < end; p += 4) {
            n += utf8Width(scalar(src.getInt(p)));
        }
        return n;
    }

    /**
     * Writes the UTF-8 form of the UCS-4LE code points at {@code index} of {@code src} (a little-endian buffer) to
     * {@code dst} from {@code dstPos}; returns the position after the last byte written.
     */
    static int toUtf8(ByteBuffer src, int index, int byteLength, byte[] dst, int dstPos) {
        int d = dstPos;
        for (int p = index, end = index + byteLength; p < end; p += 4) {
            int cp = scalar(src.getInt(p));
            if (cp < 0x80) {
                dst[d++] = (byte) cp;
            } else if (cp < 0x800) {
                dst[d++] = (byte) (0xC0 | cp >>> 6);
                dst[d++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                dst[d++] = (byte) (0xE0 | cp >>> 12);
                dst[d++] = (byte) (0x80 | cp >>> 6 & 0x3F);
                dst[d++] = (byte) (0x80 | cp & 0x3F);
            } else {
                dst[d++] = (byte) (0xF0 | cp >>> 18);
                dst[d++] = (byte) (0x80 | cp >>> 12 & 0x3F);
                dst[d++] = (byte) (0x80 | cp >>> 6 & 0x3F);
                dst[d++] = (byte) (0x80 | cp & 0x3F);
            }
        }
        return d;
    }

    /** The {@code byteLength / 4} UCS-4LE code points at {@code index} of {@code src} as a String. */
    static String toString(ByteBuffer src, int index, int byteLength) {
        char[] chars = new char[byteLength >>> 1];
        int n = 0;
        for (int p = index, end = index + byteLength; p < end; p += 4) {
            n += Character.toChars(scalar(src.getInt(p)), chars, n);
        }
        return new String(chars, 0, n);
    }

    /** Number of code points in the UTF-8 bytes {@code src[from, to)}, as {@link #toUcs4} would write them. */
    static int codePointCount(byte[] src, int from, int to) {
        int count = 0;
        int i = from;
        while (i < to) {
            if (src[i] >= 0) {
                i++;
            } else {
                i += (int) next(src, i, to) & 7;
            }
            count++;
        }
        return count;
    }

    /**
     * Writes the UTF-8 bytes {@code src[from, to)} as UCS-4LE code points into {@code dst} (a little-endian buffer)
     * at {@code index}; returns the number of bytes written (4 per code point).
     */
    static int toUcs4(byte[] src, int from, int to, ByteBuffer dst, int index) {
        int p = index;
        int i = from;
        while (i < to) {
            int b = src[i];
            if (b >= 0) {
                dst.putInt(p, b);
                i++;
            } else {
                long decoded = next(src, i, to);
                dst.putInt(p, (int) (decoded >>> 3));
                i += (int) decoded & 7;
            }
            p += 4;
        }
        return p - index;
    }

    /**
     * Decodes the multi-byte sequence starting at {@code src[i]}: returns {@code codePoint << 3 | bytesConsumed}.
     * Follows the well-formed byte sequences of Unicode table 3-7; anything else consumes one byte as U+FFFD.
     */
    private static long next(byte[] src, int i, int end) {
        int b0 = src[i] & 0xFF;
        int need;
        int min2 = 0x80;
        int max2 = 0xBF;
        int cp;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            cp = b0 & 0x0F;
            if (b0 == 0xE0) {
                min2 = 0xA0;
            } else if (b0 == 0xED) {
                max2 = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            cp = b0 & 0x07;
            if (b0 == 0xF0) {
                min2 = 0x90;
            } else if (b0 == 0xF4) {
                max2 = 0x8F;
            }
        } else {
            return (long) REPLACEMENT << 3 | 1;
        }
        if (i + need >= end) {
            return (long) REPLACEMENT << 3 | 1;
        }
        for (int k = 1; k <= need; k++) {
            int b = src[i + k] & 0xFF;
            int lo = k == 1 ? min2 : 0x80;
            int hi = k == 1 ? max2 : 0xBF;
            if (b < lo || b > hi) {
                return (long) REPLACEMENT << 3 | 1;
            }
            cp = cp << 6 | b & 0x3F;
        }
        return (long) cp << 3 | (need + 1);
    }

    private static int scalar(int cp) {
        return cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? REPLACEMENT : cp;
    }

    private static int utf8Width(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
