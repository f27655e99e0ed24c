package io.taos4j;

import java.util.regex.Pattern;

/** Text safe to log: SQL with passwords and tokens masked, shortened when long. */
final class LogText {
    private static final int MAX = 512;
    /** {@code PASS 'x'} of CREATE/ALTER USER, and anything quoted after a key naming a secret. */
    private static final Pattern SECRET = Pattern.compile(
            "(?i)(\\b(?:pass|password|token|totp_code|bearer_token)\\b\\s*=?\\s*)('(?:[^'\\\\]|\\\\.|'')*'|\"(?:[^\"\\\\]|\\\\.)*\")");

    private LogText() {
    }

    /** {@code sql} with secrets replaced by {@value TaosProperty#MASK}, cut to 512 characters. */
    static String sql(String sql) {
        String masked = SECRET.matcher(sql).replaceAll("$1'" + TaosProperty.MASK + "'");
        return masked.length() <= MAX ? masked : masked.substring(0, MAX) + "... (" + masked.length() + " chars)";
    }
}
