package io.taos4j.server.adapter;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.CodecException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.compression.DecompressionException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.taos4j.protocol.ws.WsBinary;
import io.taos4j.protocol.ws.WsBinaryRequest;
import io.taos4j.protocol.ws.WsBinaryResponse;
import io.taos4j.protocol.ws.WsJson;
import io.taos4j.protocol.ws.WsRequest;
import io.taos4j.protocol.ws.WsRequestException;
import io.taos4j.protocol.ws.WsResponse;
import io.taos4j.server.engine.Engine;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code /ws} WebSocket connection: decodes frames into taosAdapter requests and answers them through a
 * {@link WsSqlSession}. Requests of one connection run in arrival order on the shared request pool.
 *
 * <p>Flow control: the connection stops reading while {@value #PAUSE_AT} requests wait to run or while its replies
 * pile up unsent (the client does not read), so a client can never make the server buffer without bound.
 */
final class WsSqlHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final Logger LOG = LoggerFactory.getLogger(WsSqlHandler.class);
    /** Queued requests at which reading pauses, and the count at which it resumes. */
    static final int PAUSE_AT = 256;
    static final int RESUME_AT = 64;

    private final Engine engine;
    private final AdapterStats stats;
    private final int maxMessage;
    private final SerialExecutor serial;
    private WsSqlSession session;
    private Channel channel;
    private volatile boolean paused;
    private boolean counted;

    WsSqlHandler(Engine engine, Executor requests, AdapterStats stats, int maxMessage) {
        this.engine = engine;
        this.stats = stats;
        this.maxMessage = maxMessage;
        this.serial = new SerialExecutor(requests, stats::unexpectedError);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        String peer = channel.remoteAddress() instanceof InetSocketAddress a
                ? a.getAddress().getHostAddress() : "127.0.0.1";
        session = new WsSqlSession(engine, peer, new Replies(channel), stats);
        counted = true;
        stats.connectionOpened();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        // runs once the channel is gone (or the handler is removed): pairs with handlerAdded whatever happened
        if (counted) {
            counted = false;
            stats.connectionClosed();
            serial.execute(session::close);
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
            String json = text.text();
            long received = System.nanoTime();
            submit(() -> onText(json, received));
        } else if (frame instanceof BinaryWebSocketFrame binary) {
            byte[] bytes = ByteBufUtil.getBytes(binary.content());
            long received = System.nanoTime();
            submit(() -> onBinary(ByteBuffer.wrap(bytes), received));
        } else if (frame instanceof PingWebSocketFrame ping) {
            ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
        } else if (frame instanceof CloseWebSocketFrame close) {
            ctx.writeAndFlush(close.retainedDuplicate()).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private void onText(String json, long received) {
        WsRequest request;
        try {
            request = WsJson.decodeRequest(json);
        } catch (WsRequestException e) {
            session.rejected(e, received);
            return;
        }
        session.handle(request, received);
    }

    private void onBinary(ByteBuffer frame, long received) {
        WsBinaryRequest request;
        try {
            request = WsBinary.decodeRequest(frame);
        } catch (WsRequestException e) {
            session.rejected(e, received);
            return;
        }
        session.handle(request, received);
    }

    private void submit(Runnable request) {
        serial.execute(() -> {
            try {
                request.run();
            } finally {
                if (paused && serial.pending() <= RESUME_AT) {
                    resumeLater();
                }
            }
        });
        if (serial.pending() >= PAUSE_AT) {
            updateReading();
        }
    }

    private void resumeLater() {
        try {
            channel.eventLoop().execute(this::updateReading);
        } catch (RejectedExecutionException e) {
            // the server is shutting down: nothing left to read
        }
    }

    /** Reads while the client's requests and replies stay within bounds. On the event loop. */
    private void updateReading() {
        int queued = serial.pending();
        boolean pause = !channel.isWritable() || queued >= PAUSE_AT || paused && queued > RESUME_AT;
        if (pause != paused) {
            paused = pause;
            channel.config().setAutoRead(!pause);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        updateReading();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        serial.execute(session::close);
        ctx.fireChannelInactive();
    }

    /**
     * Ends the connection after a failure in the pipeline. A message over the size limit (also once inflated) is
     * answered with close status 1009; a frame breaking RFC 6455 was already answered by the decoder (1002/1007);
     * a message cut short by the peer or a network error needs no answer. Anything else is a server bug: counted, logged, closed with 1011.
     */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (has(cause, TooLongFrameException.class) || has(cause, DecompressionException.class)) {
            LOG.debug("closing WebSocket connection: message over {} bytes", maxMessage, cause);
            closeWith(ctx, WebSocketCloseStatus.MESSAGE_TOO_BIG, "message larger than " + maxMessage + " bytes");
        } else if (has(cause, CodecException.class) || has(cause, IOException.class)) {
            // RFC 6455 violations (the decoder already sent 1002/1007), a message cut by the peer, network errors
            LOG.debug("closing WebSocket connection after a protocol or network error", cause);
            ctx.close();
        } else {
            stats.unexpectedError();
            LOG.warn("closing WebSocket connection after an unexpected error", cause);
            closeWith(ctx, WebSocketCloseStatus.INTERNAL_SERVER_ERROR, "internal server error");
        }
    }

    private static void closeWith(ChannelHandlerContext ctx, WebSocketCloseStatus status, String reason) {
        if (ctx.channel().isActive()) {
            ctx.writeAndFlush(new CloseWebSocketFrame(status, reason)).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.close();
        }
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Writes replies to the channel; safe from any thread. */
    static final class Replies {
        private final Channel channel;

        Replies(Channel channel) {
            this.channel = channel;
        }

        void json(WsResponse response) {
            channel.writeAndFlush(new TextWebSocketFrame(
                    Unpooled.wrappedBuffer(WsJson.encode(response).getBytes(StandardCharsets.UTF_8))));
        }

        void binary(WsBinaryResponse response) {
            binary(WsBinary.encode(response));
        }

        void binary(ByteBuffer frame) {
            channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(frame)));
        }

        void errorText(int code, String message, String action, long reqId, long timing) {
            json(new io.taos4j.protocol.ws.ErrorResponse(code, message, action, reqId, timing));
        }
    }
}
