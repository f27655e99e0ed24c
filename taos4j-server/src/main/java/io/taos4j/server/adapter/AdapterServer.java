package io.taos4j.server.adapter;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalServerChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.codec.http.HttpContentDecompressor;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketServerExtensionHandler;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateServerExtensionHandshaker;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.taos4j.server.engine.Engine;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The network side of the embedded server: Netty listeners (TCP and/or in-VM) whose connections start as HTTP
 * and upgrade to WebSocket on taosAdapter's paths. Requests run on a worker pool, never on the network threads.
 */
public final class AdapterServer implements AutoCloseable {
    /** Prefix of in-VM addresses: a server named {@code x} listens on {@code LocalAddress("taos4j:x")}. */
    public static final String LOCAL_PREFIX = "taos4j:";

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final EventLoopGroup local;
    private final ExecutorService requests;
    private final ChannelGroup channels;
    private final Channel tcpChannel;
    private final Channel localChannel;
    private final boolean tls;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AdapterServer(EventLoopGroup boss, EventLoopGroup workers, EventLoopGroup local, ExecutorService requests,
                          ChannelGroup channels, Channel tcpChannel, Channel localChannel, boolean tls) {
        this.tls = tls;
        this.channels = channels;
        this.boss = boss;
        this.workers = workers;
        this.local = local;
        this.requests = requests;
        this.tcpChannel = tcpChannel;
        this.localChannel = localChannel;
    }

    /**
     * Binds the listeners.
     *
     * @param tcp       the TCP address, or null for none
     * @param localName the in-VM name, or null for none
     * @throws IllegalStateException if binding fails (the message names the address)
     */
    public static AdapterServer start(Engine engine, InetSocketAddress tcp, String localName) {
        return start(engine, tcp, localName, null);
    }

    /**
     * Binds the listeners; TCP connections speak TLS ({@code wss://}) when {@code tls} is given. In-VM connections
     * never use TLS.
     *
     * @param tls a server TLS context, or null for plain sockets
     */
    public static AdapterServer start(Engine engine, InetSocketAddress tcp, String localName, SslContext tls) {
        ExecutorService requests = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new DefaultThreadFactory("taos4j-request", true));
        EventLoopGroup boss = tcp == null ? null : new NioEventLoopGroup(1, new DefaultThreadFactory("taos4j-accept", true));
        EventLoopGroup workers = tcp == null ? null : new NioEventLoopGroup(0, new DefaultThreadFactory("taos4j-io", true));
        EventLoopGroup local = localName == null ? null
                : new DefaultEventLoopGroup(0, new DefaultThreadFactory("taos4j-local", true));
        ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
        ChannelInitializer<Channel> init = new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                channels.add(ch);
                if (tls != null && ch instanceof SocketChannel) {
                    ch.pipeline().addLast("tls", tls.newHandler(ch.alloc()));
                }
                ch.pipeline()
                        .addLast("http", new HttpServerCodec())
                        // answers an offer as taosAdapter does: permessage-deflate; server_no_context_takeover;
                        // client_no_context_takeover (ws-sql.md 1.2)
                        .addLast("ws-extensions", new WebSocketServerExtensionHandler(
                                new PerMessageDeflateServerExtensionHandshaker(6, true, 15, true, true)))
                        // REST and schemaless bodies may be gzip-compressed (JDBC's REST compression) and large
                        .addLast("inflate", new HttpContentDecompressor())
                        .addLast("aggregate", new HttpObjectAggregator(HttpRouter.MAX_MESSAGE))
                        .addLast("router", new HttpRouter(engine, requests));
            }
        };
        Channel tcpChannel = null;
        Channel localChannel = null;
        try {
            if (tcp != null) {
                try {
                    tcpChannel = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                            .option(ChannelOption.SO_REUSEADDR, true)
                            .childOption(ChannelOption.TCP_NODELAY, true)
                            .childHandler(init).bind(tcp).syncUninterruptibly().channel();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot listen on " + tcp + ": " + e.getMessage(), e);
                }
            }
            if (localName != null) {
                try {
                    localChannel = new ServerBootstrap().group(local).channel(LocalServerChannel.class)
                            .childHandler(init).bind(new LocalAddress(LOCAL_PREFIX + localName))
                            .syncUninterruptibly().channel();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot listen in-VM as " + localName + ": " + e.getMessage(), e);
                }
            }
        } catch (RuntimeException e) {
            if (tcpChannel != null) {
                tcpChannel.close().syncUninterruptibly();
            }
            shutdown(boss, workers, local, requests);
            throw e;
        }
        return new AdapterServer(boss, workers, local, requests, channels, tcpChannel, localChannel, tls != null);
    }

    public InetSocketAddress tcpAddress() {
        return tcpChannel == null ? null : (InetSocketAddress) tcpChannel.localAddress();
    }

    /** True when the TCP listener speaks TLS. */
    public boolean isTls() {
        return tls;
    }

    public SocketAddress localAddress() {
        return localChannel == null ? null : localChannel.localAddress();
    }

    /** Stops listening, closes every connection and the worker pools; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (tcpChannel != null) {
            tcpChannel.close().syncUninterruptibly();
        }
        if (localChannel != null) {
            localChannel.close().syncUninterruptibly();
        }
        channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        shutdown(boss, workers, local, requests);
    }

    private static void shutdown(EventLoopGroup boss, EventLoopGroup workers, EventLoopGroup local,
                                 ExecutorService requests) {
        for (EventLoopGroup g : new EventLoopGroup[] {boss, workers, local}) {
            if (g != null) {
                g.shutdownGracefully(0, 2, TimeUnit.SECONDS);
            }
        }
        requests.shutdownNow();
    }
}
