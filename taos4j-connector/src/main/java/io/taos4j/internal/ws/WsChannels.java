package io.taos4j.internal.ws;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketClientCompressionHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.taos4j.TaosException;
import io.taos4j.protocol.TaosError;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a client WebSocket (TCP, TLS, or an in-VM channel to the embedded server) and hands its frames to a
 * {@link FrameSink}: the Netty pipeline shared by the {@code /ws} and {@code /rest/tmq} connections.
 */
final class WsChannels {
    private static final Logger LOG = LoggerFactory.getLogger(WsChannels.class);
    static final int MAX_MESSAGE = 256 << 20;

    private WsChannels() {
    }

    /** What a connection does with the frames of its channel; called on the channel's event loop. */
    interface FrameSink {
        void onText(String text);

        void onBinary(byte[] bytes);

        void onClosed();
    }

    /**
     * Opens the channel and completes the WebSocket handshake; {@code factory} then makes the connection object.
     *
     * @return a future failing with {@code 0x000B Unable to establish connection} (or the TLS/handshake cause)
     */
    static <T extends FrameSink> CompletableFuture<T> open(WsTarget target, Function<Channel, T> factory) {
        CompletableFuture<T> result = new CompletableFuture<>();
        boolean local = target.address() instanceof LocalAddress;
        SslContext ssl;
        try {
            ssl = target.tls() != null && !local ? target.tls().context() : null;
        } catch (Exception e) {
            result.completeExceptionally(new TaosException(TaosError.RPC_NETWORK_UNAVAIL.code(),
                    "cannot set up TLS for " + target.hostHeader() + ": " + e.getMessage(), 0, e));
            return result;
        }
        Handler<T> handler = new Handler<>(result, factory);
        Bootstrap b = new Bootstrap().group(local ? EventLoops.local() : EventLoops.nio())
                .channel(local ? LocalChannel.class : NioSocketChannel.class)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ChannelPipeline p = ch.pipeline();
                        if (ssl != null) {
                            p.addLast("tls", sslHandler(ssl, ch, target));
                        }
                        p.addLast("http", new HttpClientCodec());
                        p.addLast("aggregate", new HttpObjectAggregator(1 << 16));
                        if (target.compression()) {
                            p.addLast("ws-compression", WebSocketClientCompressionHandler.INSTANCE);
                        }
                        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                                .webSocketUri(URI.create(target.url()))
                                .version(WebSocketVersion.V13)
                                .allowExtensions(target.compression())
                                .customHeaders(new DefaultHttpHeaders())
                                .maxFramePayloadLength(MAX_MESSAGE)
                                .handshakeTimeoutMillis(target.connectTimeout().toMillis())
                                .dropPongFrames(true)
                                .build();
                        p.addLast("ws", new WebSocketClientProtocolHandler(config));
                        p.addLast("ws-aggregate", new WebSocketFrameAggregator(MAX_MESSAGE));
                        p.addLast("taos", handler);
                    }
                });
        if (!local) {
            b.option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                            target.connectTimeout().toMillis()));
        }
        b.connect(target.address()).addListener(f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(new TaosException(TaosError.RPC_NETWORK_UNAVAIL.code(),
                        "Unable to establish connection to " + target.safeUrl() + ": " + f.cause().getMessage(), 0,
                        f.cause()));
            }
        });
        return result;
    }

    private static SslHandler sslHandler(SslContext ssl, Channel ch, WsTarget target) {
        InetSocketAddress a = (InetSocketAddress) target.address();
        SslHandler h = ssl.newHandler(ch.alloc(), a.getHostString(), a.getPort());
        if (target.tls().verifyHostname() && !target.tls().insecure()) {
            SSLEngine engine = h.engine();
            SSLParameters params = engine.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            engine.setSSLParameters(params);
        }
        h.setHandshakeTimeoutMillis(target.connectTimeout().toMillis());
        return h;
    }

    /** The pipeline's last handler: completes the handshake, then routes frames to the connection. */
    private static final class Handler<T extends FrameSink> extends SimpleChannelInboundHandler<WebSocketFrame> {
        private final CompletableFuture<T> opened;
        private final Function<Channel, T> factory;
        private T connection;

        Handler(CompletableFuture<T> opened, Function<Channel, T> factory) {
            this.opened = opened;
            this.factory = factory;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                connection = factory.apply(ctx.channel());
                opened.complete(connection);
            } else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                opened.completeExceptionally(new TaosException(TaosError.RPC_NETWORK_UNAVAIL.code(),
                        "Unable to establish connection: WebSocket handshake timed out"));
                ctx.close();
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (connection == null) {
                return;
            }
            if (frame instanceof TextWebSocketFrame t) {
                connection.onText(t.text());
            } else if (frame instanceof BinaryWebSocketFrame b) {
                connection.onBinary(ByteBufUtil.getBytes(b.content()));
            } else if (frame instanceof PingWebSocketFrame ping) {
                ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (connection != null) {
                connection.onClosed();
            } else {
                opened.completeExceptionally(new TaosException(TaosError.RPC_NETWORK_UNAVAIL.code(),
                        "Unable to establish connection: closed during the WebSocket handshake"));
            }
            super.channelInactive(ctx);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (connection == null) {
                opened.completeExceptionally(new TaosException(TaosError.RPC_NETWORK_UNAVAIL.code(),
                        "Unable to establish connection: " + cause.getMessage(), 0, cause));
            } else {
                LOG.debug("connection error", cause);
            }
            ctx.close();
        }
    }
}
