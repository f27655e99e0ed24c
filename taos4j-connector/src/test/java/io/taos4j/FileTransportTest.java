package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The connector contract against a durable embedded server ({@code taos+file:///dir}), and what only it does: data
 * outlives the last connection and comes back from disk.
 */
class FileTransportTest extends TaosContract {
    private static Path dir;
    private static Taos keeper;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory(Path.of("target"), "file-transport");
        keeper = TaosBuilder.fromDsn(dsnOf(dir)).build();
    }

    @AfterAll
    static void stop() {
        keeper.close();
    }

    private static String dsnOf(Path p) {
        return "taos+file://" + p.toAbsolutePath().toString().replace('\\', '/');
    }

    @Override
    String dsn() {
        return dsnOf(dir);
    }

    @Test
    void dataOutlivesTheServerAndComesBackFromDisk() throws IOException {
        Path data = Files.createTempDirectory(Path.of("target"), "file-restart");
        try (Taos a = TaosBuilder.fromDsn(dsnOf(data)).build()) {
            a.execMany("create database kept", "create table kept.t (ts timestamp, v int, s varchar(8))",
                    "insert into kept.t values (1700000000000, 1, 'one') (1700000000001, 2, 'two')");
        } // the last handle: the server flushes and stops
        try (Taos b = TaosBuilder.fromDsn(dsnOf(data)).build()) {
            List<Map> rows = b.query("select v, s from kept.t order by ts").deserialize(Map.class);
            assertThat(rows).extracting(m -> m.get("s")).containsExactly("one", "two");
        }
    }
}
