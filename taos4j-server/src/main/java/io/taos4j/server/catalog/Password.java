package io.taos4j.server.catalog;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A user's password as stored: a random salt and a PBKDF2-HMAC-SHA256 hash of the password, never the text itself.
 * Immutable and thread-safe.
 */
public final class Password {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ITERATIONS = 1000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final byte[] salt;
    private final byte[] hash;

    private Password(byte[] salt, byte[] hash) {
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes {@code plain} with a fresh salt. */
    public static Password of(String plain) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new Password(salt, hash(plain, salt));
    }

    /** A stored password read back (salt and hash as {@link #salt()} and {@link #hash()} gave them). */
    public static Password restore(byte[] salt, byte[] hash) {
        if (salt.length != SALT_BYTES || hash.length != HASH_BITS / 8) {
            throw new IllegalArgumentException("not a stored password: salt " + salt.length + " bytes, hash "
                    + hash.length + " bytes");
        }
        return new Password(salt.clone(), hash.clone());
    }

    /** The salt, for storing (a copy). */
    public byte[] salt() {
        return salt.clone();
    }

    /** The hash, for storing (a copy). */
    public byte[] hash() {
        return hash.clone();
    }

    /** True when {@code plain} is this password (compared in constant time); false for null. */
    public boolean matches(String plain) {
        return plain != null && MessageDigest.isEqual(hash, hash(plain, salt));
    }

    private static byte[] hash(String plain, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(plain.toCharArray(), salt, ITERATIONS, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        // never the hash either: records holding a Password print without it
        return "Password[***]";
    }
}
