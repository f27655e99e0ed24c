package io.taos4j.server.adapter;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a shared executor: the requests of one connection execute in
 * the order they arrived, off the network threads, without a thread per connection.
 */
final class SerialExecutor implements Executor {
    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor pool;
    private final Runnable onFailure;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    /**
     * @param onFailure called (after logging) when a task throws: a task failing is always a server bug
     */
    SerialExecutor(Executor pool, Runnable onFailure) {
        this.pool = pool;
        this.onFailure = onFailure;
    }

    SerialExecutor(Executor pool) {
        this(pool, () -> { });
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        try {
            pool.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // the server is shutting down and its pool is gone: run here, so that clean-up tasks still run
            drain();
        }
    }

    /** Tasks queued and not yet started. */
    int pending() {
        synchronized (tasks) {
            return tasks.size();
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (tasks) {
                next = tasks.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException | Error e) {
                LOG.error("request task failed", e);
                onFailure.run();
            }
        }
    }
}
