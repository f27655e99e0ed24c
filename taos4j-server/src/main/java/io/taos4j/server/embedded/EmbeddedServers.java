package io.taos4j.server.embedded;

import io.taos4j.protocol.spi.EmbeddedServerProvider;
import io.taos4j.server.TaosServer;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The in-VM servers behind {@code taos+mem://name} and {@code taos+file:///dir}: one server per name, started on
 * the first acquisition and stopped when the last handle is released (an in-memory server then forgets its data,
 * like an in-memory H2 database). Thread-safe.
 */
public final class EmbeddedServers implements EmbeddedServerProvider {
    private static final Map<String, Entry> SERVERS = new HashMap<>();

    private static final class Entry {
        final TaosServer server;
        final Path dataDir;
        int references;

        Entry(TaosServer server, Path dataDir) {
            this.server = server;
            this.dataDir = dataDir;
        }
    }

    @Override
    public Handle acquire(String name, Path dataDir) {
        String key = dataDir != null ? "file:" + dataDir.toAbsolutePath().normalize() : "mem:" + name;
        synchronized (SERVERS) {
            Entry e = SERVERS.get(key);
            if (e == null) {
                TaosServer server = TaosServer.builder().noTcp().localName(key).dataDir(dataDir).start();
                e = new Entry(server, dataDir);
                SERVERS.put(key, e);
            }
            e.references++;
            Entry entry = e;
            AtomicBoolean released = new AtomicBoolean();
            return new Handle() {
                @Override
                public SocketAddress address() {
                    return entry.server.localAddress();
                }

                @Override
                public void close() {
                    if (released.compareAndSet(false, true)) {
                        release(key, entry);
                    }
                }
            };
        }
    }

    private static void release(String key, Entry entry) {
        synchronized (SERVERS) {
            if (--entry.references == 0 && SERVERS.get(key) == entry) {
                SERVERS.remove(key);
                entry.server.close();
            }
        }
    }

    /** True when an embedded server with this in-memory name is running (for tests). */
    public static boolean isRunning(String name) {
        synchronized (SERVERS) {
            return SERVERS.containsKey("mem:" + Objects.requireNonNull(name));
        }
    }
}
