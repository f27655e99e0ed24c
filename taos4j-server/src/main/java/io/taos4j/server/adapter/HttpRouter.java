package io.taos4j.server.adapter;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.CodecException;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.taos4j.protocol.TaosError;
import io.taos4j.server.adapter.HttpRoutes.Route;
import io.taos4j.server.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first handler of every connection: upgrades {@code GET /ws} to a WebSocket session speaking taosAdapter's SQL
 * protocol and serves taosAdapter's HTTP endpoints ({@code /rest/sql}, {@code /rest/login}, the InfluxDB and
 * OpenTSDB writes). HTTP requests of one connection run in arrival order on the request pool, never on the network
 * threads.
 */
final class HttpRouter extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(HttpRouter.class);
    /**
     * Largest WebSocket message accepted by default, after inflation when compressed (JDBC's own limit is 100 MiB;
     * taosAdapter sets none). Larger messages close the connection with status 1009.
     */
    static final int MAX_MESSAGE = 256 << 20;

    private final Engine engine;
    private final Executor requests;
    private final AdapterStats stats;
    private final int maxMessage;
    private final RestSqlHandler rest;
    private final SchemalessHttpHandler schemaless;
    private Executor serial;

    HttpRouter(Engine engine, Executor requests, AdapterStats stats, int maxMessage) {
        this.engine = engine;
        this.requests = requests;
        this.stats = stats;
        this.maxMessage = maxMessage;
        this.rest = new RestSqlHandler(engine);
        this.schemaless = new SchemalessHttpHandler(engine.catalog(), rest);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            // not HTTP, or over the codec's limits (line, headers, body): answered as Go's net/http does
            respond(ctx, request, HttpResponseStatus.BAD_REQUEST, "400 Bad Request", false);
            return;
        }
        String path = new QueryStringDecoder(request.uri()).path();
        boolean upgrade = request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
        if (upgrade && (path.equals("/ws") || path.equals("/rest/tmq"))) {
            upgrade(ctx, request, path.equals("/rest/tmq"));
            return;
        }
        if (path.equals("/ws") || path.equals("/rest/tmq")) {
            respond(ctx, request, HttpResponseStatus.BAD_REQUEST, "websocket upgrade required");
            return;
        }
        Route route = HttpRoutes.match(request.method().name(), new QueryStringDecoder(request.uri()).rawPath());
        if (route == null) {
            notFound(ctx, request);
            return;
        }
        if (serial == null) {
            serial = new SerialExecutor(requests, stats::unexpectedError);
        }
        HttpExchange ex = new HttpExchange(ctx, request.retain(), System.nanoTime());
        serial.execute(() -> {
            try (ex) {
                route.handle(ex, rest, schemaless);
            } catch (RuntimeException e) {
                stats.unexpectedError();
                LOG.error("HTTP request {} failed", path, e);
                if (!ex.isStreaming()) {
                    RestSqlHandler.error(ex, HttpResponseStatus.INTERNAL_SERVER_ERROR, TaosError.ADAPTER_ERROR,
                            e.toString());
                } else {
                    ex.abort();
                }
            }
        });
    }

    /** gin's answer to an unknown path or method: 404 with a plain-text body. */
    private static void notFound(ChannelHandlerContext ctx, FullHttpRequest request) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND,
                Unpooled.copiedBuffer("404 page not found", StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain");
        HttpUtil.setContentLength(response, response.content().readableBytes());
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        var f = ctx.writeAndFlush(response);
        if (!keepAlive) {
            f.addListener(ChannelFutureListener.CLOSE);
        }
    }

    private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, boolean tmq) {
        String url = "ws://" + request.headers().get(HttpHeaderNames.HOST, "localhost") + request.uri();
        // reserved bits are only allowed when the client offers an extension (permessage-deflate); otherwise a
        // frame with RSV1-3 set fails the connection with 1002, as RFC 6455 §5.2 requires
        boolean extensions = request.headers().contains(HttpHeaderNames.SEC_WEBSOCKET_EXTENSIONS);
        WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(url, null, extensions,
                maxMessage).newHandshaker(request);
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel())
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ChannelPipeline p = ctx.pipeline();
        try {
            handshaker.handshake(ctx.channel(), request).addListener((ChannelFutureListener) f -> {
                if (!f.isSuccess()) {
                    f.channel().close();
                }
            });
        } catch (WebSocketHandshakeException e) {
            // e.g. no Sec-WebSocket-Key: gorilla/websocket (taosAdapter) answers 400 with its reason
            respond(ctx, request, HttpResponseStatus.BAD_REQUEST, "websocket: " + e.getMessage(), false);
            return;
        }
        p.addLast("ws-aggregate", new WebSocketFrameAggregator(maxMessage));
        p.addLast(tmq ? "ws-tmq" : "ws-sql", tmq ? new TmqHandler(engine, requests)
                : new WsSqlHandler(engine, requests, stats, maxMessage));
        p.remove(this);
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
                                String message) {
        respond(ctx, request, status, message, HttpUtil.isKeepAlive(request));
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
                                String message, boolean keepAlive) {
        String body = "{\"code\":" + (status.code() == 404 ? 65535 : 4357) + ",\"desc\":\""
                + message.replace("\"", "'") + "\"}";
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
        HttpUtil.setContentLength(response, response.content().readableBytes());
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        var f = ctx.writeAndFlush(response);
        if (!keepAlive) {
            f.addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!(cause instanceof IOException) && !(cause instanceof CodecException)) {
            // the codecs' and the network's failures are the client's; anything else here is a server bug
            stats.unexpectedError();
            LOG.warn("closing HTTP connection after an unexpected error", cause);
        }
        ctx.close();
    }
}
