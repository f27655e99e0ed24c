package io.taos4j.protocol.spi;

import java.net.SocketAddress;
import java.nio.file.Path;

/**
 * Starts or finds an embedded TDengine-compatible server inside this JVM, for the {@code taos+mem://} and
 * {@code taos+file://} DSNs.
 *
 * <p>The connector finds the implementation with {@link java.util.ServiceLoader}; the {@code taos4j-server} module
 * provides it. Implementations are thread-safe.
 */
public interface EmbeddedServerProvider {

    /**
     * Acquires a reference to the embedded server with the given name, starting it when this is the first
     * reference. Every acquisition must be released by closing the returned handle; the server stops when the last
     * handle is closed.
     *
     * @param name    the server name ({@code ""} for the default), from {@code taos+mem://name}
     * @param dataDir the data directory for a durable server, or null for an in-memory one
     * @throws IllegalStateException if the server cannot start (the message says why)
     */
    Handle acquire(String name, Path dataDir);

    /** A reference to a running embedded server. */
    interface Handle extends AutoCloseable {
        /** The in-VM address to connect to (a Netty {@code LocalAddress}); speaks the same protocol as {@code /ws}. */
        SocketAddress address();

        /** Releases this reference; idempotent. */
        @Override
        void close();
    }
}
