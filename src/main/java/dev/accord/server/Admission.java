package dev.accord.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A bounded queue in front of the evaluations: at most {@code workers} run at once and at most
 * {@code queue} wait, each no longer than {@code wait}. Past that the server answers 503 with
 * Retry-After at once, rather than piling up threads and memory until every client times out.
 */
final class Admission {

    private final Semaphore slots;
    private final int queue;
    private final long waitNanos;
    private final AtomicInteger waiting = new AtomicInteger();

    Admission(int workers, int queue, Duration wait) {
        this.slots = new Semaphore(workers, true);
        this.queue = queue;
        this.waitNanos = wait.toNanos();
    }

    /**
     * Runs {@code before} first, counted as waiting but holding no slot (a request waiting for its
     * pack's first compile), then {@code work} in a slot as {@link #run(Supplier)} does.
     */
    <T> T run(Runnable before, Supplier<T> work) {
        joinQueue();
        try {
            before.run();
        } finally {
            waiting.decrementAndGet();
        }
        return run(work);
    }

    /**
     * The handler of a route under {@code /v1/packs/{pack}}: waits for the pack's compile (or
     * compiles it) holding no slot, then runs {@code handler} in a slot.
     */
    io.javalin.http.Handler forPack(Packs packs, java.util.function.Function<io.javalin.http.Context, ?> handler) {
        return ctx -> run(() -> packs.ready(ctx.pathParam("pack")), () -> handler.apply(ctx));
    }

    <T> T run(Supplier<T> work) {
        if (!slots.tryAcquire()) {
            joinQueue();
            try {
                if (!slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                    throw Problem.busy(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Problem.busy(1);
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** Counts this request among those waiting, or answers 503 when the queue is full; the caller leaves it. */
    private void joinQueue() {
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            throw Problem.busy(1);
        }
    }

    int waiting() {
        return waiting.get();
    }
}
