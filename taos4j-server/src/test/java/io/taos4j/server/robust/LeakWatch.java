package io.taos4j.server.robust;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Turns Netty's ByteBuf leak reports into test failures: the build runs with paranoid leak detection, which only
 * logs; this listens on the detector of every ByteBuf and fails {@link #assertNoLeaks()} when one was reported.
 */
final class LeakWatch {
    private static final List<String> LEAKS = new CopyOnWriteArrayList<>();
    private static volatile boolean installed;

    private LeakWatch() {
    }

    /** Starts listening (idempotent). */
    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Field f = Class.forName("io.netty.buffer.AbstractByteBuf").getDeclaredField("leakDetector");
            f.setAccessible(true);
            ResourceLeakDetector<?> detector = (ResourceLeakDetector<?>) f.get(null);
            detector.setLeakListener((type, records) -> LEAKS.add(type + ": " + records));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot watch Netty's ByteBuf leak detector", e);
        }
        installed = true;
    }

    /**
     * Collects garbage and allocates tracked buffers (leaks are reported on a later allocation), then fails if a
     * leak was reported since {@link #install()}.
     */
    static void assertNoLeaks() throws InterruptedException {
        if (ResourceLeakDetector.getLevel() != ResourceLeakDetector.Level.PARANOID) {
            throw new IllegalStateException("leak detection must run at PARANOID (io.netty.leakDetection.level)");
        }
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(20);
            ByteBuf a = UnpooledByteBufAllocator.DEFAULT.directBuffer(8);
            ByteBuf b = PooledByteBufAllocator.DEFAULT.heapBuffer(8);
            a.release();
            b.release();
        }
        List<String> leaks = new ArrayList<>(LEAKS);
        LEAKS.clear();
        if (!leaks.isEmpty()) {
            throw new AssertionError(leaks.size() + " ByteBuf leak(s):\n" + String.join("\n\n", leaks));
        }
    }
}
