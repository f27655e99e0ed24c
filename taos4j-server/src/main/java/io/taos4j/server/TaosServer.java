package io.taos4j.server;

import io.taos4j.server.adapter.AdapterServer;
import io.taos4j.server.catalog.Catalog;
import io.taos4j.server.durable.DurableStorage;
import io.taos4j.server.engine.Engine;
import io.taos4j.server.engine.ServerInfo;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.net.InetSocketAddress;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An embedded TDengine-compatible server speaking taosAdapter's protocol ({@code /ws}) over TCP and/or over an
 * in-VM channel.
 *
 * <pre>{@code
 * try (TaosServer server = TaosServer.builder().port(0).start()) {
 *     String dsn = "ws://127.0.0.1:" + server.port();
 *     ...
 * }
 * }</pre>
 *
 * <p>With {@link Builder#dataDir(Path)} the server keeps its data on disk (write-ahead log, columnar segments, the
 * catalog) and recovers it when started again on the same directory; without, data lives in memory only.
 *
 * <p>Thread-safe. {@link #close()} stops accepting connections, closes open ones and frees all data of an
 * in-memory server (a durable server flushes its memtables and closes its files).
 */
public final class TaosServer implements AutoCloseable {
    /** The version this server reports: inside the range where the official JDBC 3.7.9 enables all features. */
    public static final String VERSION = "3.3.8.0";

    private final Engine engine;
    private final AdapterServer adapter;
    private final DurableStorage storage;

    private TaosServer(Engine engine, AdapterServer adapter, DurableStorage storage) {
        this.engine = engine;
        this.adapter = adapter;
        this.storage = storage;
    }

    /** The SQL engine (for in-process tests and tools in this module). */
    Engine engine() {
        return engine;
    }

    /** The durable storage, or null for an in-memory server (for tests in this module). */
    DurableStorage storage() {
        return storage;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The TCP port the server listens on, or -1 when it listens only in-VM. */
    public int port() {
        InetSocketAddress a = adapter.tcpAddress();
        return a == null ? -1 : a.getPort();
    }

    /** The TCP address the server listens on, or null when it listens only in-VM. */
    public InetSocketAddress tcpAddress() {
        return adapter.tcpAddress();
    }

    /** The in-VM address (a Netty {@code LocalAddress}), or null when none was requested. */
    public SocketAddress localAddress() {
        return adapter.localAddress();
    }

    /** The version string the server reports to clients. */
    public String version() {
        return engine.info().version();
    }

    /** A {@code ws://} (or {@code wss://} when TLS is on) DSN for this server's TCP endpoint. */
    public String dsn() {
        InetSocketAddress a = adapter.tcpAddress();
        if (a == null) {
            throw new IllegalStateException("this server listens only in-VM");
        }
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return (adapter.isTls() ? "wss://" : "ws://") + host + ":" + a.getPort();
    }

    @Override
    public void close() {
        try {
            adapter.close();
        } finally {
            if (storage != null) {
                storage.close();
            }
        }
    }

    /** Configures and starts a {@link TaosServer}. Not thread-safe. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 6041;
        private boolean tcp = true;
        private String localName;
        private Path dataDir;
        private DurableStorage.Options storageOptions = DurableStorage.Options.defaults();
        private ZoneId timezone = ZoneId.systemDefault();
        private String version = VERSION;
        private Engine engine;
        private SslContext tls;

        private Builder() {
        }

        /** The address to listen on; {@code 127.0.0.1} (loopback) by default. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The TCP port; 6041 by default, 0 for any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Listen only in-VM (no TCP socket). */
        public Builder noTcp() {
            this.tcp = false;
            return this;
        }

        /** Also listen on the in-VM address named {@code taos4j:<name>}. */
        public Builder localName(String name) {
            this.localName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Keep data on disk in {@code dir}; without it the server keeps data in memory only. */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /**
         * The memtable budget of a durable server: unflushed bytes past which memtables are flushed to segment files
         * (32 MB by default); it bounds memory use and the log replayed at restart.
         */
        public Builder memtableBudget(long bytes) {
            if (bytes < 1 << 16) {
                throw new IllegalArgumentException("memtable budget below 64 KB: " + bytes);
            }
            this.storageOptions = new DurableStorage.Options(bytes, storageOptions.blockCacheBytes());
            return this;
        }

        /** The bound of a durable server's cache of decoded segment blocks (64 MB by default). */
        public Builder blockCache(long bytes) {
            this.storageOptions = new DurableStorage.Options(storageOptions.memtableBytes(), bytes);
            return this;
        }

        /** The time zone sessions use when the client names none; the JVM's by default. */
        public Builder timezone(ZoneId zone) {
            this.timezone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The version string to report (e.g. to test a client's version checks). */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Serves TLS ({@code wss://}) on the TCP port with the first key and certificate chain of {@code keyStore}
         * (PKCS12, or JKS when the file name ends in {@code .jks}), e.g. one made with {@code keytool -genkeypair}.
         *
         * @throws IllegalArgumentException when the store cannot be read or holds no key
         */
        public Builder tls(Path keyStore, String password) {
            char[] pw = password == null ? new char[0] : password.toCharArray();
            try (var in = java.nio.file.Files.newInputStream(keyStore)) {
                KeyStore store = KeyStore.getInstance(keyStore.toString().toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".jks") ? "JKS" : "PKCS12");
                store.load(in, pw);
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(store, pw);
                this.tls = SslContextBuilder.forServer(kmf).build();
            } catch (Exception e) {
                throw new IllegalArgumentException("cannot use the TLS key store " + keyStore + ": " + e.getMessage(),
                        e);
            }
            return this;
        }

        /**
         * Serves the data of {@code previous} (normally closed by now) instead of starting empty, as a server
         * restarting on its data directory would: lets tests restart an in-memory server without losing data.
         */
        public Builder dataOf(TaosServer previous) {
            this.engine = Objects.requireNonNull(previous, "previous").engine;
            return this;
        }

        /**
         * Starts the server.
         *
         * @throws IllegalStateException if the port cannot be bound or the configuration cannot be served
         * @throws io.taos4j.server.storage.StorageException if the data directory is in use, unreadable or damaged
         *                                                  (the message names the file)
         */
        public TaosServer start() {
            if (!tcp && localName == null) {
                throw new IllegalStateException("a server needs a TCP port or an in-VM name");
            }
            ServerInfo info = new ServerInfo(version, System.currentTimeMillis(), timezone,
                    tcp ? host + ":" + port : "localhost:6030");
            if (this.engine != null) {
                if (dataDir != null) {
                    throw new IllegalStateException("dataOf(previous) serves an in-memory server's data; a durable"
                            + " server restarts from its data directory");
                }
                return new TaosServer(this.engine, AdapterServer.start(this.engine,
                        tcp ? new InetSocketAddress(host, port) : null, localName, tls), null);
            }
            Catalog catalog = new Catalog();
            DurableStorage storage = dataDir == null ? null : DurableStorage.open(dataDir, catalog, storageOptions);
            Engine engine = new Engine(info, catalog);
            AdapterServer adapter;
            try {
                adapter = AdapterServer.start(engine, tcp ? new InetSocketAddress(host, port) : null, localName, tls);
            } catch (RuntimeException e) {
                if (storage != null) {
                    storage.close();
                }
                throw e;
            }
            return new TaosServer(engine, adapter, storage);
        }
    }
}
