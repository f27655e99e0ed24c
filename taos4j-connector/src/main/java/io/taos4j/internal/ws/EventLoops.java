package io.taos4j.internal.ws;

import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The connector's shared network threads: one NIO group for sockets and one group for in-VM channels, created on
 * first use, daemon threads, shared by every connection of the JVM.
 */
public final class EventLoops {
    private EventLoops() {
    }

    private static final class Nio {
        static final EventLoopGroup GROUP = new NioEventLoopGroup(
                Math.max(2, Runtime.getRuntime().availableProcessors()), new DefaultThreadFactory("taos4j-nio", true));
    }

    private static final class Local {
        static final EventLoopGroup GROUP = new DefaultEventLoopGroup(
                Math.max(2, Runtime.getRuntime().availableProcessors()), new DefaultThreadFactory("taos4j-vm", true));
    }

    static EventLoopGroup nio() {
        return Nio.GROUP;
    }

    static EventLoopGroup local() {
        return Local.GROUP;
    }

    private static final class Callbacks {
        static final java.util.concurrent.ExecutorService POOL = new java.util.concurrent.ThreadPoolExecutor(0,
                Integer.MAX_VALUE, 30, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<>(),
                new DefaultThreadFactory("taos4j-callback", true));
    }

    /**
     * Where request futures complete: never on a network thread, so a callback that blocks (for example one that
     * reads a whole result set) cannot stall the connection it is waiting on.
     */
    public static java.util.concurrent.Executor callbacks() {
        return Callbacks.POOL;
    }
}
