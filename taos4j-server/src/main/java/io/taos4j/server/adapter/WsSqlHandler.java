package io.taos4j.server.adapter;

import io.netty.buffer.ByteBufUtil;
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
import io.taos4j.protocol.ws.WsBinary;
import io.taos4j.protocol.ws.WsBinaryRequest;
import io.taos4j.protocol.ws.WsBinaryResponse;
import io.taos4j.protocol.ws.WsJson;
import io.taos4j.protocol.ws.WsRequest;
import io.taos4j.protocol.ws.WsRequestException;
import io.taos4j.protocol.ws.WsResponse;
import io.taos4j.server.engine.Engine;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code /ws} WebSocket connection: decodes frames into taosAdapter requests and answers them through a
 * {@link WsSqlSession}. Requests of one connection run in arrival order on the shared request pool.
 */
final class WsSqlHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final Logger LOG = LoggerFactory.getLogger(WsSqlHandler.class);

    private final Engine engine;
    private final Executor serial;
    private WsSqlSession session;

    WsSqlHandler(Engine engine, Executor requests) {
        this.engine = engine;
        this.serial = new SerialExecutor(requests);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        String peer = ctx.channel().remoteAddress() instanceof InetSocketAddress a
                ? a.getAddress().getHostAddress() : "127.0.0.1";
        session = new WsSqlSession(engine, peer, new Replies(ctx.channel()));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
            String json = text.text();
            long received = System.nanoTime();
            serial.execute(() -> onText(json, received));
        } else if (frame instanceof BinaryWebSocketFrame binary) {
            byte[] bytes = ByteBufUtil.getBytes(binary.content());
            long received = System.nanoTime();
            serial.execute(() -> onBinary(ByteBuffer.wrap(bytes), received));
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

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        serial.execute(session::close);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing WebSocket connection after an error", cause);
        ctx.close();
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
