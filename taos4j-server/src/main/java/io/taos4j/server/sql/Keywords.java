package io.taos4j.server.sql;

/**
 * The keyword table: an allocation-free lookup from a word in the statement text to its {@link TokenType}.
 * Case-insensitive. Immutable and thread-safe.
 */
final class Keywords {
    private static final String[] KEYS;
    private static final TokenType[] TYPES;
    private static final int MASK;
    private static final int MAX_LENGTH;

    static {
        int count = 0;
        int maxLength = 0;
        for (TokenType t : TokenType.all()) {
            if (t.isKeyword()) {
                count++;
                maxLength = Math.max(maxLength, t.name().length());
            }
        }
        int size = Integer.highestOneBit(count * 4);
        KEYS = new String[size];
        TYPES = new TokenType[size];
        MASK = size - 1;
        MAX_LENGTH = maxLength;
        for (TokenType t : TokenType.all()) {
            if (t.isKeyword()) {
                String key = t.text();
                int slot = hash(key, 0, key.length()) & MASK;
                while (KEYS[slot] != null) {
                    slot = (slot + 1) & MASK;
                }
                KEYS[slot] = key;
                TYPES[slot] = t;
            }
        }
    }

    private Keywords() {
    }

    /** The keyword spelt by {@code text[start, end)}, or {@link TokenType#IDENTIFIER} when it is not one. */
    static TokenType lookup(String text, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return TokenType.IDENTIFIER;
        }
        int slot = hash(text, start, end) & MASK;
        String key;
        while ((key = KEYS[slot]) != null) {
            if (key.length() == length && text.regionMatches(true, start, key, 0, length)) {
                return TYPES[slot];
            }
            slot = (slot + 1) & MASK;
        }
        return TokenType.IDENTIFIER;
    }

    /** True when {@code word} is a (reserved) keyword and must be back-quoted to be used as a name. */
    static boolean isKeyword(String word) {
        return lookup(word, 0, word.length()) != TokenType.IDENTIFIER;
    }

    private static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            h = 31 * h + c;
        }
        return h ^ (h >>> 16);
    }
}
