package org.dixit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

    @Test
    void resultsComeOutInInputOrderWhateverTheFinishingOrder() {
        List<Integer> out = new ArrayList<>();
        try (OrderedPipeline<Integer, Integer> pipe = new OrderedPipeline<>(4, i -> {
            sleep((i * 7919) % 5); // later inputs often finish first
            return i * 10;
        }, out::add)) {
            for (int i = 0; i < 300; i++) {
                pipe.submit(i);
            }
            pipe.finish();
        }
        assertEquals(300, out.size());
        for (int i = 0; i < 300; i++) {
            assertEquals(i * 10, out.get(i));
        }
    }

    @Test
    void atMostAWindowOfInputsIsInFlight() {
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        try (OrderedPipeline<Integer, Integer> pipe = new OrderedPipeline<>(2, i -> i, v -> delivered.incrementAndGet())) {
            for (int i = 0; i < 1000; i++) {
                pipe.submit(i);
                submitted.incrementAndGet();
                maxInFlight.accumulateAndGet(submitted.get() - delivered.get(), Math::max);
            }
            pipe.finish();
        }
        assertEquals(1000, delivered.get());
        // memory stays bounded: 2 threads x 8 inputs, whatever the input size
        assertTrue(maxInFlight.get() <= 16, "in flight: " + maxInFlight.get());
    }

    @Test
    void aFailingTaskStopsThePipelineWithItsCause() {
        try (OrderedPipeline<Integer, Integer> pipe = new OrderedPipeline<>(2, i -> {
            if (i == 5) {
                throw new IllegalArgumentException("bad input 5");
            }
            return i;
        }, v -> { })) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                for (int i = 0; i < 20; i++) {
                    pipe.submit(i);
                }
                pipe.finish();
            });
            assertEquals("bad input 5", e.getCause().getMessage());
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
