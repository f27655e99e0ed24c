package io.taos4j.server.adapter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * taosAdapter's HTTP authentication (rest.md §2.2, §2.4): {@code Basic} credentials and the {@code Taosd} token that
 * {@code /rest/login} hands out, which is Base64(DES-ECB(user padded to 24 bytes, password padded to 24 bytes)) with
 * a fixed key. Stateless and thread-safe.
 */
final class RestAuth {
    private static final byte[] DES_KEY = {64, (byte) 182, 122, 48, 86, 115, (byte) 253, 68};

    /** HTTP-layer codes (errors.md §4). */
    static final int NO_AUTH_INFO = 0x1105;
    static final int INVALID_AUTH_TYPE = 0x1122;
    static final int INVALID_BASIC = 0x1124;
    static final int INVALID_TAOSD = 0x1125;

    private RestAuth() {
    }

    /** A user and password taken from a request. */
    record Credentials(String user, String password) {
    }

    /** Why a header was refused: an HTTP-layer code and its text. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        Refused(int code, String text) {
            super(text, null, false, false);
            this.code = code;
        }
    }

    /**
     * The credentials of an {@code Authorization} header of {@code /rest/sql}.
     *
     * @throws Refused 0x1105 when missing, 0x1124 for bad Basic, 0x1125 for a bad Taosd token, 0x1122 otherwise
     */
    static Credentials rest(String header) throws Refused {
        if (header == null || header.isEmpty()) {
            throw new Refused(NO_AUTH_INFO, "no auth info input");
        }
        String auth = header.strip();
        if (auth.startsWith("Basic ") && auth.length() > 6) {
            Credentials c = basic(auth.substring(6));
            if (c == null || c.user.isEmpty() || c.password.isEmpty()) {
                throw new Refused(INVALID_BASIC, "invalid basic Authorization");
            }
            return c;
        }
        if (auth.startsWith("Taosd ") && auth.length() > 6) {
            Credentials c = decodeToken(auth.substring(6));
            if (c == null || c.user.isEmpty() || c.password.isEmpty()) {
                throw new Refused(INVALID_TAOSD, "invalid taosd Authorization");
            }
            return c;
        }
        throw new Refused(INVALID_AUTH_TYPE, "invalid type of Authorization");
    }

    /** {@code user:password} from Base64, or null when it does not decode or has no colon. */
    static Credentials basic(String base64) {
        byte[] b;
        try {
            b = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        String s = new String(b, StandardCharsets.UTF_8);
        int colon = s.indexOf(':');
        return colon < 0 ? null : new Credentials(s.substring(0, colon), s.substring(colon + 1));
    }

    /** Go's error for Basic credentials that {@link #basic} refuses: a Base64 error, or {@code wrong basic auth}. */
    static String basicError(String base64) {
        String b = base64.strip();
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            boolean alphabet = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+'
                    || c == '/';
            if (!alphabet && !(c == '=' && i >= b.length() - 2)) {
                return "illegal base64 data at input byte " + i;
            }
        }
        if (b.length() % 4 != 0) {
            return "illegal base64 data at input byte " + (b.length() / 4 * 4);
        }
        return "wrong basic auth";
    }

    /** The {@code Taosd} token of a user and password, or null when the user is longer than 24 bytes. */
    static String token(String user, String password) {
        byte[] u = user.getBytes(StandardCharsets.UTF_8);
        byte[] p = password.getBytes(StandardCharsets.UTF_8);
        if (u.length > 24) {
            return null;
        }
        int total = p.length > 24 ? (24 + p.length + 7) / 8 * 8 : 48;
        byte[] plain = new byte[total];
        System.arraycopy(u, 0, plain, 0, u.length);
        System.arraycopy(p, 0, plain, 24, p.length);
        return Base64.getEncoder().encodeToString(des(Cipher.ENCRYPT_MODE, plain));
    }

    /** The user and password inside a token, or null when it is not one. */
    static Credentials decodeToken(String token) {
        byte[] d;
        try {
            d = Base64.getDecoder().decode(token.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (d.length < 48 || d.length % 8 != 0) {
            return null;
        }
        byte[] plain = des(Cipher.DECRYPT_MODE, d);
        return new Credentials(cString(plain, 0, 24), cString(plain, 24, plain.length));
    }

    private static String cString(byte[] b, int from, int to) {
        int end = from;
        while (end < to && b[end] != 0) {
            end++;
        }
        return new String(Arrays.copyOfRange(b, from, end), StandardCharsets.UTF_8);
    }

    private static byte[] des(int mode, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("DES/ECB/NoPadding");
            c.init(mode, new SecretKeySpec(DES_KEY, "DES"));
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DES is not available in this JDK: " + e.getMessage(), e);
        }
    }
}
