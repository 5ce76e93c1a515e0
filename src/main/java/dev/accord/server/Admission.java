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

    <T> T run(Supplier<T> work) {
        if (!slots.tryAcquire()) {
            if (waiting.incrementAndGet() > queue) {
                waiting.decrementAndGet();
                throw Problem.busy(1);
            }
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

    int waiting() {
        return waiting.get();
    }
}
