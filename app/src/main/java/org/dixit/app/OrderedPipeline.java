package org.dixit.app;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of inputs on N threads and delivers the results in input order.
 * At most {@code window} inputs are in flight, so memory stays bounded whatever the input size.
 *
 * @param <I> input type
 * @param <O> output type
 */
final class OrderedPipeline<I, O> implements AutoCloseable {
    private final ExecutorService pool;
    private final Function<I, O> work;
    private final Consumer<O> sink;
    private final ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();
    private final int window;

    OrderedPipeline(int threads, Function<I, O> work, Consumer<O> sink) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dixit-worker");
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.sink = sink;
        this.window = threads * 8;
    }

    /** Queues one input; blocks while the window is full, delivering finished results. */
    void submit(I input) {
        inFlight.add(pool.submit(() -> work.apply(input)));
        while (inFlight.size() >= window) {
            deliverHead();
        }
    }

    private void deliverHead() {
        Future<O> f = inFlight.poll();
        try {
            sink.accept(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Delivers everything still in flight. */
    void finish() {
        while (!inFlight.isEmpty()) {
            deliverHead();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
