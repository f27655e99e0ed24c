package io.taos4j.server.adapter;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request and its reply, handled off the network threads: query parameters, headers, the body, and the
 * ways to answer (a whole JSON/text body, no content, or a chunked stream with back-pressure). Owns the request
 * buffer until {@link #close()}. Used by one thread at a time.
 */
final class HttpExchange implements AutoCloseable {
    static final String JSON = "application/json; charset=utf-8";
    /** Stream chunks of about this size (taosAdapter flushes its JSON builder past 16 KiB). */
    static final int CHUNK = 16 * 1024;

    private final ChannelHandlerContext ctx;
    private final FullHttpRequest request;
    private final QueryStringDecoder uri;
    private final boolean keepAlive;
    /** Nanoseconds at arrival, for the {@code timing} fields. */
    final long started;
    private boolean streaming;

    HttpExchange(ChannelHandlerContext ctx, FullHttpRequest request, long started) {
        this.ctx = ctx;
        this.request = request;
        this.uri = new QueryStringDecoder(request.uri());
        this.keepAlive = HttpUtil.isKeepAlive(request);
        this.started = started;
    }

    String path() {
        return uri.path();
    }

    String method() {
        return request.method().name();
    }

    /** The first value of a query parameter, or null when absent. */
    String query(String name) {
        List<String> v = uri.parameters().get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    boolean hasQuery(String name) {
        return uri.parameters().containsKey(name);
    }

    Map<String, List<String>> queries() {
        return uri.parameters();
    }

    String header(CharSequence name) {
        return request.headers().get(name);
    }

    /** The body bytes (a copy). */
    byte[] body() {
        return ByteBufUtil.getBytes(request.content());
    }

    long elapsed() {
        return System.nanoTime() - started;
    }

    /** A complete reply. */
    void respond(HttpResponseStatus status, String contentType, String body) {
        ByteBuf content = Unpooled.copiedBuffer(body, StandardCharsets.UTF_8);
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content);
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        HttpUtil.setContentLength(r, content.readableBytes());
        finish(r);
    }

    void json(HttpResponseStatus status, String body) {
        respond(status, JSON, body);
    }

    /** A reply without a body (204 No Content). */
    void empty(HttpResponseStatus status) {
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER);
        if (status.code() != 204) {
            HttpUtil.setContentLength(r, 0);
        }
        finish(r);
    }

    private void finish(FullHttpResponse r) {
        if (keepAlive) {
            r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        ChannelFuture f = ctx.writeAndFlush(r);
        if (!keepAlive) {
            f.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Starts a chunked 200 reply; follow with {@link #chunk} calls and one {@link #end}. */
    void startStream(String contentType) {
        HttpResponse r = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        HttpUtil.setTransferEncodingChunked(r, true);
        if (keepAlive) {
            r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        ctx.write(r);
        streaming = true;
    }

    /**
     * Sends a chunk; blocks while the peer does not keep up (the channel is not writable), so a large result never
     * piles up in memory. Takes ownership of {@code content}.
     *
     * @return false when the connection is gone and the caller should stop producing
     */
    boolean chunk(ByteBuf content) {
        if (!ctx.channel().isActive()) {
            content.release();
            return false;
        }
        ChannelFuture f = ctx.writeAndFlush(new DefaultHttpContent(content));
        if (!ctx.channel().isWritable()) {
            f.awaitUninterruptibly();
        }
        return ctx.channel().isActive();
    }

    /** Ends a chunked reply. */
    void end() {
        ChannelFuture f = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        if (!keepAlive) {
            f.addListener(ChannelFutureListener.CLOSE);
        }
    }

    boolean isStreaming() {
        return streaming;
    }

    /** Closes the connection (a stream that cannot be finished properly). */
    void abort() {
        ctx.close();
    }

    ByteBuf buffer(int capacity) {
        return ctx.alloc().buffer(capacity);
    }

    @Override
    public void close() {
        request.release();
    }
}
