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
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.taos4j.protocol.TaosError;
import io.taos4j.server.adapter.HttpRoutes.Route;
import io.taos4j.server.engine.Engine;
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
    /** Largest WebSocket message accepted (JDBC's own limit is 100 MiB). */
    static final int MAX_MESSAGE = 256 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(HttpRouter.class);

    private final Engine engine;
    private final Executor requests;
    private final RestSqlHandler rest;
    private final SchemalessHttpHandler schemaless;
    private Executor serial;

    HttpRouter(Engine engine, Executor requests) {
        this.engine = engine;
        this.requests = requests;
        this.rest = new RestSqlHandler(engine);
        this.schemaless = new SchemalessHttpHandler(engine.catalog(), rest);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String path = new QueryStringDecoder(request.uri()).path();
        boolean upgrade = request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
        if (upgrade && path.equals("/ws")) {
            upgrade(ctx, request);
            return;
        }
        if (path.equals("/ws") || path.equals("/rest/tmq")) {
            respond(ctx, request, HttpResponseStatus.BAD_REQUEST, path.equals("/ws") ? "websocket upgrade required"
                    : "the /rest/tmq subscription endpoint is not available in this release of the embedded server");
            return;
        }
        Route route = HttpRoutes.match(request.method().name(), new QueryStringDecoder(request.uri()).rawPath());
        if (route == null) {
            notFound(ctx, request);
            return;
        }
        if (serial == null) {
            serial = new SerialExecutor(requests);
        }
        HttpExchange ex = new HttpExchange(ctx, request.retain(), System.nanoTime());
        serial.execute(() -> {
            try (ex) {
                route.handle(ex, rest, schemaless);
            } catch (RuntimeException e) {
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

    private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request) {
        String url = "ws://" + request.headers().get(HttpHeaderNames.HOST, "localhost") + request.uri();
        WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(url, null, true, MAX_MESSAGE)
                .newHandshaker(request);
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
            return;
        }
        ChannelPipeline p = ctx.pipeline();
        handshaker.handshake(ctx.channel(), request).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                f.channel().close();
            }
        });
        p.addLast("ws-aggregate", new WebSocketFrameAggregator(MAX_MESSAGE));
        p.addLast("ws-sql", new WsSqlHandler(engine, requests));
        p.remove(this);
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
                                String message) {
        String body = "{\"code\":" + (status.code() == 404 ? 65535 : 4357) + ",\"desc\":\""
                + message.replace("\"", "'") + "\"}";
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
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

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
