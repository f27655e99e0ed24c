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
import io.taos4j.server.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;

/**
 * The first handler of every connection: upgrades {@code GET /ws} to a WebSocket session speaking taosAdapter's SQL
 * protocol and answers other paths with TDengine-style JSON errors.
 */
final class HttpRouter extends SimpleChannelInboundHandler<FullHttpRequest> {
    /** Largest WebSocket message accepted (JDBC's own limit is 100 MiB). */
    static final int MAX_MESSAGE = 256 << 20;

    private final Engine engine;
    private final Executor requests;

    HttpRouter(Engine engine, Executor requests) {
        this.engine = engine;
        this.requests = requests;
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
        if (path.startsWith("/rest/") || path.startsWith("/influxdb/") || path.startsWith("/opentsdb/")) {
            respond(ctx, request, HttpResponseStatus.NOT_FOUND, "the HTTP endpoint " + path
                    + " is not available in this release of the embedded server; use the /ws WebSocket endpoint");
            return;
        }
        respond(ctx, request, HttpResponseStatus.NOT_FOUND, "404 page not found");
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
