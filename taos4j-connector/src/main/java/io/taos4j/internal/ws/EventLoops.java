package io.taos4j.internal.ws;

import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The connector's shared network threads: one NIO group for sockets and one group for in-VM channels, created on
 * first use, daemon threads, shared by every connection of the JVM.
 */
final class EventLoops {
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
}
