package io.taos4j.server.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taos4j.server.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files: a torn log tail (a write cut short by a crash) is dropped with a warning and the server starts; a
 * damaged segment, manifest or catalog snapshot stops the start with an error naming the file.
 */
class DamageTest {
    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    Path dir;

    private void populate(boolean flush) {
        try (Node n = new Node(dir)) {
            n.exec("create database db vgroups 1");
            n.exec("create table db.t (ts timestamp, v int, s varchar(10))");
            for (int i = 0; i < 5; i++) {
                n.exec("insert into db.t values (" + (T0 + i) + ", " + i + ", 'x" + i + "')");
            }
            if (flush) {
                n.storage.flush();
            }
            n.crash();
        }
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private Path newestWal() throws IOException {
        List<Path> wal = files(".wal");
        // the newest file that holds records (recovery starts an empty one after the last)
        for (int i = wal.size() - 1; i >= 0; i--) {
            if (Files.size(wal.get(i)) > LogFormat.HEADER) {
                return wal.get(i);
            }
        }
        throw new AssertionError("no log file with records in " + wal);
    }

    @Test
    void tornLogTailIsDroppedAndTheServerStarts() throws IOException {
        populate(false);
        Path wal = newestWal();
        long size = Files.size(wal);
        try (var ch = Files.newByteChannel(wal, StandardOpenOption.WRITE)) {
            ch.truncate(size - 5); // the last record (the fifth insert) loses its end
        }
        try (Node n = new Node(dir)) {
            assertThat(n.rows("select v from db.t")).containsExactly("0", "1", "2", "3");
            n.exec("insert into db.t values (" + (T0 + 9) + ", 9, 'after')");
        }
        assertThat(Files.size(wal)).as("torn tail truncated away").isLessThan(size - 5);
        try (Node n = new Node(dir)) {
            assertThat(n.rows("select v from db.t")).containsExactly("0", "1", "2", "3", "9");
        }
    }

    @Test
    void garbageAfterTheLastRecordIsDropped() throws IOException {
        populate(false);
        Files.write(newestWal(), new byte[] {42, 0, 0, 0, 7, 7, 7, 7, 1, 2, 3}, StandardOpenOption.APPEND);
        try (Node n = new Node(dir)) {
            assertThat(n.rows("select v from db.t")).containsExactly("0", "1", "2", "3", "4");
        }
    }

    @Test
    void damageInAnOlderLogFileStopsTheStart() throws IOException {
        populate(false);
        try (Node n = new Node(dir)) {
            n.crash(); // leaves a second, newer log file
        }
        Path older = files(".wal").get(0);
        flipByte(older, (int) Files.size(older) - 3);
        assertThatThrownBy(() -> new Node(dir)).isInstanceOf(StorageException.class)
                .hasMessageContaining(older.toString()).hasMessageContaining("damaged");
    }

    @Test
    void corruptSegmentStopsTheStartNamingTheFile() throws IOException {
        populate(true);
        Path seg = files(".seg").get(0);
        flipByte(seg, SegmentFile.HEADER + 3); // inside the first block
        assertThatThrownBy(() -> new Node(dir)).isInstanceOf(StorageException.class)
                .hasMessageContaining(seg.toString()).hasMessageContaining("CRC mismatch");
        assertThatThrownBy(() -> new Node(dir)).as("and again: nothing was repaired silently")
                .isInstanceOf(StorageException.class);
    }

    @Test
    void corruptManifestStopsTheStart() throws IOException {
        populate(true);
        Path manifest = files(Manifest.NAME).get(0);
        flipByte(manifest, 30);
        assertThatThrownBy(() -> new Node(dir)).isInstanceOf(StorageException.class)
                .hasMessageContaining(manifest.toString());
    }

    @Test
    void corruptCatalogSnapshotStopsTheStart() throws IOException {
        populate(true);
        Path snap = files("catalog.snap").get(0);
        flipByte(snap, (int) Files.size(snap) / 2);
        assertThatThrownBy(() -> new Node(dir)).isInstanceOf(StorageException.class)
                .hasMessageContaining(snap.toString());
    }

    @Test
    void aSecondServerCannotOpenTheSameDirectory() {
        try (Node n = new Node(dir)) {
            assertThatThrownBy(() -> new Node(dir)).isInstanceOf(StorageException.class).hasMessageContaining("in use");
        }
    }

    private static void flipByte(Path file, int offset) throws IOException {
        byte[] b = Files.readAllBytes(file);
        b[offset] ^= 0x5A;
        Files.write(file, b);
    }
}
