package io.taos4j.server.sql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a golden corpus file: entries of one or more SQL lines followed by {@code => <ast>} or
 * {@code !! 0xNNNN <message>}. Lines starting with {@code #} between entries are comments.
 */
final class Corpus {
    /** One entry; {@code expected} is the text after {@code => } or {@code !! }. */
    record Entry(int line, String sql, boolean error, String expected) {
    }

    private Corpus() {
    }

    static List<Entry> read(String resource) throws IOException {
        String text;
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Entry> entries = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        int sqlLine = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("=> ") || line.startsWith("!! ")) {
                if (sql.length() == 0) {
                    throw new IOException(resource + ":" + (i + 1) + ": expectation without SQL");
                }
                entries.add(new Entry(sqlLine, sql.toString(), line.startsWith("!!"), line.substring(3)));
                sql.setLength(0);
            } else if (sql.length() == 0 && (line.isBlank() || line.startsWith("#"))) {
                continue;
            } else {
                if (sql.length() == 0) {
                    sqlLine = i + 1;
                } else {
                    sql.append('\n');
                }
                sql.append(line);
            }
        }
        if (sql.length() > 0) {
            throw new IOException(resource + ":" + sqlLine + ": SQL without expectation");
        }
        return entries;
    }
}
