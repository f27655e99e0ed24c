package io.taos4j.server.adapter;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.tmq.TmqJson;
import io.taos4j.protocol.tmq.TmqRequest;
import io.taos4j.protocol.tmq.TmqResponse;
import io.taos4j.server.engine.Engine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code /rest/tmq} WebSocket connection (tmq.md §1): text frames are TMQ requests, answered by a
 * {@link TmqSession} in arrival order on the shared request pool. Binary client frames are dropped, unreadable or
 * unknown requests get no reply, as with taosAdapter. Closing the socket closes the consumer.
 */
final class TmqHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final Logger LOG = LoggerFactory.getLogger(TmqHandler.class);

    private final Engine engine;
    private final Executor serial;
    private TmqSession session;

    TmqHandler(Engine engine, Executor requests) {
        this.engine = engine;
        this.serial = new SerialExecutor(requests);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        session = new TmqSession(engine, new Replies(ctx.channel()));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
            String json = text.text();
            long received = System.nanoTime();
            serial.execute(() -> onText(json, received));
        } else if (frame instanceof PingWebSocketFrame ping) {
            ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
        } else if (frame instanceof CloseWebSocketFrame close) {
            ctx.writeAndFlush(close.retainedDuplicate()).addListener(ChannelFutureListener.CLOSE);
        }
        // binary frames: the adapter registers no handler for them on this endpoint
    }

    private void onText(String json, long received) {
        TmqRequest request;
        try {
            request = TmqJson.decodeRequest(json);
        } catch (ProtocolException e) {
            LOG.debug("/rest/tmq: dropping an unreadable request: {}", e.getMessage());
            return;
        }
        if (request instanceof TmqRequest.Unknown u) {
            LOG.debug("/rest/tmq: dropping unknown action {}", u.action());
            return;
        }
        try {
            session.handle(request, received);
        } catch (RuntimeException e) {
            LOG.warn("/rest/tmq: {} failed", request.action(), e);
            session.internalError(request, received, e);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        session.abort();
        serial.execute(session::close);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing /rest/tmq connection after an error", cause);
        ctx.close();
    }

    /** Writes replies to the channel; safe from any thread. */
    static final class Replies {
        private final Channel channel;

        Replies(Channel channel) {
            this.channel = channel;
        }

        void json(TmqResponse response) {
            channel.writeAndFlush(new TextWebSocketFrame(
                    Unpooled.wrappedBuffer(TmqJson.encode(response).getBytes(StandardCharsets.UTF_8))));
        }

        void binary(ByteBuffer frame) {
            channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(frame)));
        }

        boolean open() {
            return channel.isActive();
        }
    }
}
