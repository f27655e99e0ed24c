package io.taos4j.internal.ws;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.concurrent.ScheduledFuture;
import io.taos4j.TaosException;
import io.taos4j.protocol.ProtocolException;
import io.taos4j.protocol.TaosError;
import io.taos4j.protocol.tmq.FetchRawDataResponse;
import io.taos4j.protocol.tmq.TmqBinary;
import io.taos4j.protocol.tmq.TmqJson;
import io.taos4j.protocol.tmq.TmqRequest;
import io.taos4j.protocol.tmq.TmqResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection to a taosAdapter-compatible {@code /rest/tmq} endpoint: one consumer per socket
 * (tmq.md §1).
 *
 * <p>Requests are JSON text frames; JSON replies are matched by (action, req_id), binary {@code fetch_raw_data}
 * replies by the req_id at offset 26. A request fails with {@code 0x0019} when its reply does not come within the
 * read timeout plus the wait the request itself asks for (a poll's blocking time), and every pending request fails
 * with {@code 0x0213} when the connection drops. Closing the socket makes the server drop the consumer. Thread-safe.
 */
public final class WsTmqConnection implements AutoCloseable, WsChannels.FrameSink {
    private static final Logger LOG = LoggerFactory.getLogger(WsTmqConnection.class);

    private final Channel channel;
    private final Duration readTimeout;
    private final WsTarget target;
    private volatile boolean closing;
    private final Map<String, Pending<TmqResponse>> textPending = new ConcurrentHashMap<>();
    private final Map<Long, Pending<FetchRawDataResponse>> binaryPending = new ConcurrentHashMap<>();
    private final AtomicLong reqIds = new AtomicLong((ThreadLocalRandom.current().nextLong() >>> 20) << 16);
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private record Pending<T>(CompletableFuture<T> future, ScheduledFuture<?> timer, long reqId) {
    }

    private WsTmqConnection(Channel channel, Duration readTimeout, WsTarget target) {
        this.channel = channel;
        this.readTimeout = readTimeout;
        this.target = target;
    }

    /**
     * Opens the connection to {@code target} (whose path is {@code /rest/tmq}).
     *
     * @return a future failing with {@code 0x000B Unable to establish connection}
     */
    public static CompletableFuture<WsTmqConnection> open(WsTarget target, Duration readTimeout) {
        return WsChannels.open(target, ch -> new WsTmqConnection(ch, readTimeout, target));
    }

    public WsTarget target() {
        return target;
    }

    /** A fresh request id, unique on this connection. */
    public long nextReqId() {
        return reqIds.incrementAndGet();
    }

    public boolean isOpen() {
        return channel.isActive() && !closing;
    }

    /** Completes when the socket is closed, by either side. */
    public CompletableFuture<Void> closeFuture() {
        return closed;
    }

    /**
     * Sends a JSON request; the reply completes the future, an error reply fails it with a {@link TaosException}
     * carrying the server's code and text.
     *
     * @param extraWait how long the server may legitimately take beyond the read timeout (a poll's blocking time)
     */
    public CompletableFuture<TmqResponse> send(TmqRequest request, Duration extraWait) {
        String key = key(request.action(), request.reqId());
        CompletableFuture<TmqResponse> f = new CompletableFuture<>();
        Pending<TmqResponse> pending = register(textPending, key, f, request.action(), request.reqId(), extraWait);
        if (pending == null) {
            return f;
        }
        channel.writeAndFlush(new TextWebSocketFrame(TmqJson.encode(request))).addListener(w -> {
            if (!w.isSuccess() && textPending.remove(key, pending)) {
                pending.timer().cancel(false);
                fail(f, lost(request.reqId(), false));
            }
        });
        return f;
    }

    /** As {@link #send(TmqRequest, Duration)} with no extra wait. */
    public CompletableFuture<TmqResponse> send(TmqRequest request) {
        return send(request, Duration.ZERO);
    }

    /** Sends {@code fetch_raw_data}; the binary reply completes the future, an error frame fails it. */
    public CompletableFuture<FetchRawDataResponse> fetchRawData(TmqRequest.FetchRawData request) {
        CompletableFuture<FetchRawDataResponse> f = new CompletableFuture<>();
        Pending<FetchRawDataResponse> pending = register(binaryPending, request.reqId(), f, request.action(),
                request.reqId(), Duration.ZERO);
        if (pending == null) {
            return f;
        }
        channel.writeAndFlush(new TextWebSocketFrame(TmqJson.encode(request))).addListener(w -> {
            if (!w.isSuccess() && binaryPending.remove(request.reqId(), pending)) {
                pending.timer().cancel(false);
                fail(f, lost(request.reqId(), false));
            }
        });
        return f;
    }

    private <K, T> Pending<T> register(Map<K, Pending<T>> map, K key, CompletableFuture<T> f, String action,
            long reqId, Duration extraWait) {
        if (!channel.isActive()) {
            f.completeExceptionally(lost(reqId, false));
            return null;
        }
        long wait = readTimeout.plus(extraWait).toMillis();
        ScheduledFuture<?> timer = channel.eventLoop().schedule(() -> {
            Pending<T> p = map.remove(key);
            if (p != null) {
                fail(p.future(), new TaosException(TaosError.RPC_TIMEOUT.code(), TaosError.RPC_TIMEOUT.text()
                        + ": no reply to " + action + " within " + wait + " ms", reqId));
            }
        }, wait, TimeUnit.MILLISECONDS);
        Pending<T> pending = new Pending<>(f, timer, reqId);
        map.put(key, pending);
        if (!channel.isActive() && map.remove(key, pending)) {
            timer.cancel(false);
            f.completeExceptionally(lost(reqId, false));
            return null;
        }
        return pending;
    }

    private static String key(String action, long reqId) {
        return action + '\u0000' + reqId;
    }

    private ConnectionLost lost(long reqId, boolean sent) {
        return new ConnectionLost((sent ? "connection to " : "not sent: connection to ") + target.safeUrl()
                + (closing ? " closed" : " lost"), reqId, sent);
    }

    @Override
    public void onText(String text) {
        TmqResponse response;
        try {
            response = TmqJson.decodeResponse(text);
        } catch (ProtocolException e) {
            LOG.warn("dropping an unreadable tmq reply: {}", e.getMessage());
            return;
        }
        Pending<TmqResponse> p = textPending.remove(key(response.action(), response.reqId()));
        if (p == null && TmqRequest.FetchRawData.ACTION.equals(response.action())) {
            // a JSON error to fetch_raw_data (older servers): route it to the binary waiter
            Pending<FetchRawDataResponse> b = binaryPending.remove(response.reqId());
            if (b != null) {
                b.timer().cancel(false);
                fail(b.future(), new TaosException(response.code(), response.message(), response.reqId()));
            }
            return;
        }
        if (p == null) {
            LOG.debug("tmq reply without a waiting request: {} {}", response.action(), response.reqId());
            return;
        }
        p.timer().cancel(false);
        if (response instanceof TmqResponse.Error e) {
            fail(p.future(), new TaosException(e.code(), e.message(), e.reqId()));
        } else {
            complete(p.future(), response);
        }
    }

    @Override
    public void onBinary(byte[] bytes) {
        ByteBuffer frame = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < FetchRawDataResponse.REQ_ID_OFFSET + 8) {
            LOG.warn("dropping a {}-byte binary tmq frame: too short", bytes.length);
            return;
        }
        long reqId = frame.getLong(FetchRawDataResponse.REQ_ID_OFFSET);
        Pending<FetchRawDataResponse> p = binaryPending.remove(reqId);
        if (p == null) {
            LOG.debug("binary tmq reply without a waiting request: {}", reqId);
            return;
        }
        p.timer().cancel(false);
        FetchRawDataResponse r;
        try {
            r = TmqBinary.decodeFetchRawData(frame);
        } catch (ProtocolException e) {
            fail(p.future(), new TaosException(TaosError.INVALID_MSG.code(), "malformed fetch_raw_data reply: "
                    + e.getMessage(), reqId, e));
            return;
        }
        if (r.code() != 0) {
            fail(p.future(), new TaosException(r.code(), r.message(), reqId));
        } else {
            complete(p.future(), r);
        }
    }

    @Override
    public void onClosed() {
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

    /** Sends a normal Close frame and closes the socket; idempotent. Completes {@link #closeFuture()}. */
    @Override
    public void close() {
        closing = true;
        if (channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame(1000, "Normal close")).addListener(f -> channel.close());
        } else {
            channel.close();
        }
    }

    /** Drops the socket without a Close frame, as a crash would. */
    public void abort() {
        channel.close();
    }

    private static <T> void complete(CompletableFuture<T> f, T value) {
        EventLoops.callbacks().execute(() -> f.complete(value));
    }

    private static void fail(CompletableFuture<?> f, Throwable error) {
        EventLoops.callbacks().execute(() -> f.completeExceptionally(error));
    }
}
