package io.taos4j.internal.ws;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
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
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionDecoder;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketClientCompressionHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.ScheduledFuture;
import io.taos4j.TaosException;
import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.ws.ErrorResponse;
import io.taos4j.protocol.ws.FetchRawBlockResponse;
import io.taos4j.protocol.ws.WsBinary;
import io.taos4j.protocol.ws.WsBinaryRequest;
import io.taos4j.protocol.ws.WsBinaryResponse;
import io.taos4j.protocol.ws.WsJson;
import io.taos4j.protocol.ws.WsRequest;
import io.taos4j.protocol.ws.WsResponse;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection to a taosAdapter-compatible {@code /ws} endpoint, carrying many requests at once.
 *
 * <p>JSON replies are matched to requests by (action, req_id), binary {@code fetch_raw_block} replies by the req_id
 * at offset 26 (ws-sql.md §1.3). Each request fails with {@code 0x0019 Conn read timeout} when its reply does not
 * arrive within the read timeout, and every pending request fails with {@code 0x0213} when the connection drops.
 * Thread-safe.
 */
public final class WsConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WsConnection.class);
    private static final int MAX_MESSAGE = 256 << 20;

    private final Channel channel;
    private final Duration readTimeout;
    private final WsTarget target;
    private volatile boolean closing;
    private final Map<String, Pending<WsResponse>> textPending = new ConcurrentHashMap<>();
    private final Map<Long, Pending<WsBinaryResponse>> binaryPending = new ConcurrentHashMap<>();
    private final AtomicLong reqIds = new AtomicLong((ThreadLocalRandom.current().nextLong() >>> 20) << 16);
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private WsConnection(Channel channel, Duration readTimeout, WsTarget target) {
        this.channel = channel;
        this.readTimeout = readTimeout;
        this.target = target;
    }

    /** A request waiting for its reply. */
    private record Pending<T>(CompletableFuture<T> future, ScheduledFuture<?> timer, long reqId) {
    }

    /**
     * Opens the connection and completes the WebSocket handshake.
     *
     * @return a future failing with {@code 0x000B Unable to establish connection} (or the TLS/handshake cause)
     */
    public static CompletableFuture<WsConnection> open(WsTarget target, Duration readTimeout) {
        CompletableFuture<WsConnection> result = new CompletableFuture<>();
        boolean local = target.address() instanceof LocalAddress;
        SslContext ssl;
        try {
            ssl = target.tls() != null && !local ? target.tls().context() : null;
        } catch (Exception e) {
            result.completeExceptionally(new TaosException(TaosError.RPC_NETWORK_UNAVAIL.code(),
                    "cannot set up TLS for " + target.hostHeader() + ": " + e.getMessage(), 0, e));
            return result;
        }
        Handler handler = new Handler(result, readTimeout, target);
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

    /** Where this connection goes. */
    public WsTarget target() {
        return target;
    }

    /** True when permessage-deflate was negotiated with the server. */
    public boolean isCompressed() {
        for (var e : channel.pipeline()) {
            if (e.getValue() instanceof WebSocketExtensionDecoder) {
                return true;
            }
        }
        return false;
    }

    /** A fresh request id (positive, unique per connection). */
    public long nextReqId() {
        return reqIds.incrementAndGet();
    }

    /** Sends a JSON request and returns its reply; an error reply fails the future with a {@link TaosException}. */
    public CompletableFuture<WsResponse> send(WsRequest request) {
        CompletableFuture<WsResponse> f = register(request.action(), request.reqId());
        if (!f.isDone()) {
            write(new TextWebSocketFrame(WsJson.encode(request)), request.action(), request.reqId());
        }
        return f;
    }

    /** Sends a binary request whose reply is JSON (e.g. {@code binary_query}). */
    public CompletableFuture<WsResponse> send(WsBinaryRequest request) {
        CompletableFuture<WsResponse> f = register(request.action(), request.reqId());
        if (!f.isDone()) {
            write(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(WsBinary.encode(request))), request.action(),
                    request.reqId());
        }
        return f;
    }

    /**
     * Sends a binary request of {@code length} bytes that {@code writer} writes straight into the frame buffer (a
     * little-endian view of exactly that size), for large frames such as stmt2 binds; the reply is JSON.
     */
    public CompletableFuture<WsResponse> sendBinary(String action, long reqId, int length,
            java.util.function.Consumer<ByteBuffer> writer) {
        CompletableFuture<WsResponse> f = register(action, reqId);
        if (f.isDone()) {
            return f;
        }
        io.netty.buffer.ByteBuf buf = channel.alloc().buffer(length, length);
        try {
            writer.accept(buf.nioBuffer(0, length).order(java.nio.ByteOrder.LITTLE_ENDIAN));
            buf.writerIndex(length);
        } catch (RuntimeException e) {
            buf.release();
            Pending<WsResponse> p = textPending.remove(key(action, reqId));
            if (p != null) {
                p.timer().cancel(false);
            }
            f.completeExceptionally(e);
            return f;
        }
        write(new BinaryWebSocketFrame(buf), action, reqId);
        return f;
    }

    /** Sends a binary request whose reply is binary ({@code fetch_raw_block}). */
    public CompletableFuture<WsBinaryResponse> sendForBinary(WsBinaryRequest request) {
        CompletableFuture<WsBinaryResponse> f = new CompletableFuture<>();
        if (!channel.isActive()) {
            f.completeExceptionally(lost(request.reqId(), false));
            return f;
        }
        ScheduledFuture<?> timer = channel.eventLoop().schedule(() -> {
            Pending<WsBinaryResponse> p = binaryPending.remove(request.reqId());
            if (p != null) {
                fail(p.future(), timeout(request.action(), request.reqId()));
            }
        }, readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        Pending<WsBinaryResponse> pending = new Pending<>(f, timer, request.reqId());
        binaryPending.put(request.reqId(), pending);
        if (!channel.isActive() && binaryPending.remove(request.reqId(), pending)) {
            timer.cancel(false);
            f.completeExceptionally(lost(request.reqId(), false));
            return f;
        }
        channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(WsBinary.encode(request))))
                .addListener(w -> {
                    if (!w.isSuccess()) {
                        Pending<WsBinaryResponse> p = binaryPending.remove(request.reqId());
                        if (p != null) {
                            p.timer().cancel(false);
                            fail(p.future(), lost(request.reqId(), false));
                        }
                    }
                });
        return f;
    }

    /** Sends a request that gets no reply ({@code free_result}). */
    public void sendNoReply(WsRequest request) {
        if (channel.isActive()) {
            channel.writeAndFlush(new TextWebSocketFrame(WsJson.encode(request)));
        }
    }

    private CompletableFuture<WsResponse> register(String action, long reqId) {
        CompletableFuture<WsResponse> f = new CompletableFuture<>();
        if (!channel.isActive()) {
            f.completeExceptionally(lost(reqId, false));
            return f;
        }
        String key = key(action, reqId);
        ScheduledFuture<?> timer = channel.eventLoop().schedule(() -> {
            Pending<WsResponse> p = textPending.remove(key);
            if (p != null) {
                fail(p.future(), timeout(action, reqId));
            }
        }, readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        Pending<WsResponse> pending = new Pending<>(f, timer, reqId);
        textPending.put(key, pending);
        if (!channel.isActive() && textPending.remove(key, pending)) {
            // closed between the check and the put: onClosed may have missed this request
            timer.cancel(false);
            f.completeExceptionally(lost(reqId, false));
        }
        return f;
    }

    private void write(WebSocketFrame frame, String action, long reqId) {
        channel.writeAndFlush(frame).addListener(w -> {
            if (!w.isSuccess()) {
                Pending<WsResponse> p = textPending.remove(key(action, reqId));
                if (p != null) {
                    p.timer().cancel(false);
                    fail(p.future(), lost(reqId, false));
                }
            }
        });
    }

    private static String key(String action, long reqId) {
        return action + '\u0000' + reqId;
    }

    private TaosException timeout(String action, long reqId) {
        return new TaosException(TaosError.RPC_TIMEOUT.code(), TaosError.RPC_TIMEOUT.text() + ": no reply to "
                + action + " within " + readTimeout.toMillis() + " ms", reqId);
    }

    private ConnectionLost lost(long reqId, boolean sent) {
        return new ConnectionLost((sent ? "connection to " : "not sent: connection to ") + target.safeUrl()
                + (closing ? " closed" : " lost"), reqId, sent);
    }

    public boolean isOpen() {
        return channel.isActive();
    }

    /** Completes when the connection is closed, by either side. */
    public CompletableFuture<Void> closeFuture() {
        return closed;
    }

    /** True once {@link #close()} was called (as opposed to the connection being lost). */
    public boolean isClosing() {
        return closing;
    }

    /** Drops the socket without a Close frame, as a network failure would. */
    public void abort() {
        channel.close();
    }

    /** Sends a normal Close frame and closes the socket; idempotent. */
    @Override
    public void close() {
        closing = true;
        if (channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame(1000, "Normal close"))
                    .addListener(f -> channel.close());
        } else {
            channel.close();
        }
    }

    private void onText(String text) {
        WsResponse response;
        try {
            response = WsJson.decodeResponse(text);
        } catch (ProtocolException e) {
            LOG.warn("dropping an unreadable reply: {}", e.getMessage());
            return;
        }
        Pending<WsResponse> p = textPending.remove(key(response.action(), response.reqId()));
        if (p == null && "version".equals(response.action()) && response.reqId() == 0) {
            p = findVersionWaiter();
        }
        if (p == null) {
            LOG.debug("reply without a waiting request: {} {}", response.action(), response.reqId());
            return;
        }
        p.timer().cancel(false);
        if (response instanceof ErrorResponse e) {
            fail(p.future(), new TaosException(e.code(), e.message(), e.reqId()));
        } else {
            complete(p.future(), response);
        }
    }

    /** Old adapters answer {@code version} with req_id 0: match it to the single version request waiting. */
    private Pending<WsResponse> findVersionWaiter() {
        for (String k : textPending.keySet()) {
            if (k.startsWith("version\u0000")) {
                return textPending.remove(k);
            }
        }
        return null;
    }

    private void onBinary(byte[] bytes) {
        WsBinaryResponse response;
        try {
            response = WsBinary.decodeResponse(ByteBuffer.wrap(bytes));
        } catch (ProtocolException e) {
            LOG.warn("dropping an unreadable binary reply: {}", e.getMessage());
            return;
        }
        if (response instanceof FetchRawBlockResponse r) {
            Pending<WsBinaryResponse> p = binaryPending.remove(r.reqId());
            if (p != null) {
                p.timer().cancel(false);
                complete(p.future(), r);
            }
        }
    }

    private void onClosed() {
        textPending.forEach((k, p) -> {
            if (textPending.remove(k, p)) {
                p.timer().cancel(false);
                fail(p.future(), lost(p.reqId(), true));
            }
        });
        binaryPending.forEach((k, p) -> {
            if (binaryPending.remove(k, p)) {
                p.timer().cancel(false);
                fail(p.future(), lost(k, true));
            }
        });
        EventLoops.callbacks().execute(() -> closed.complete(null));
    }

    /** Completes a request future off the network thread (see {@link EventLoops#callbacks()}). */
    private static <T> void complete(CompletableFuture<T> f, T value) {
        EventLoops.callbacks().execute(() -> f.complete(value));
    }

    private static void fail(CompletableFuture<?> f, Throwable error) {
        EventLoops.callbacks().execute(() -> f.completeExceptionally(error));
    }

    /** The pipeline's last handler: completes the handshake, then routes frames to the connection. */
    private static final class Handler extends SimpleChannelInboundHandler<WebSocketFrame> {
        private final CompletableFuture<WsConnection> opened;
        private final Duration readTimeout;
        private final WsTarget target;
        private WsConnection connection;

        Handler(CompletableFuture<WsConnection> opened, Duration readTimeout, WsTarget target) {
            this.opened = opened;
            this.readTimeout = readTimeout;
            this.target = target;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                connection = new WsConnection(ctx.channel(), readTimeout, target);
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
