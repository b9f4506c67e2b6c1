package com.followupadvisor.answers;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.followupadvisor.config.AdvisorConfig;

/**
 * Where answers are worked out: a pool of one thread a core but the event loop's (the work is CPU
 * only, and more threads than cores only hand requests to and fro), with a bounded queue. Rules used to run on the event loop, so a rule slow on some
 * inputs stalled health checks, the page and every cheap request behind it (eight clients for 12 s:
 * liveness timed out at 30 s); here it holds a pool thread, the event loops stay free, and past the
 * queue's limit a request is refused at once with a 503 ({@link BusyException}) instead of waiting
 * without bound. Batches are counted apart: at most {@code advisor.answers.batches} at once.
 *
 * <p>Started with the application bean and shut down with it; its threads are daemons, so a stuck
 * rule never holds up the JVM's exit.
 */
@ApplicationScoped
public class AnswerPool {

    private final ThreadPoolExecutor pool;
    private final Semaphore batches;
    private final int threads;

    AnswerPool(AdvisorConfig config) {
        // the one event loop (quarkus.vertx.event-loops-pool-size) has a core; the answers the others
        this.threads = config.answers().threads().orElse(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        int queue = config.answers().queue();
        if (threads < 1 || queue < 1) {
            throw new IllegalArgumentException("advisor.answers.threads and advisor.answers.queue must be at least 1");
        }
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), task -> {
            Thread thread = new Thread(task, "answers-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.pool.prestartAllCoreThreads();
        this.batches = new Semaphore(config.answers().batches().orElse(threads));
    }

    /** How many answers are worked out at once. */
    public int threads() {
        return threads;
    }

    /** {@code work} on a pool thread; a {@link BusyException} at once when the queue is full. */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, pool);
        } catch (RejectedExecutionException e) {
            throw new BusyException("Too many requests are waiting for an answer; try again in a moment.");
        }
    }

    /**
     * {@code work} on a pool thread when the queue has room, else on the calling thread (a batch's
     * own thread, which then answers its item itself: the batch slows down, nothing queues further).
     */
    <T> CompletableFuture<T> submitOrRun(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, pool);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(work.get());
        }
    }

    /** A place for one batch, to be given back with {@link #batchDone()}; a {@link BusyException} when all are taken. */
    public void startBatch() {
        if (!batches.tryAcquire()) {
            throw new BusyException("Too many batches are being answered at once; try again in a moment.");
        }
    }

    public void batchDone() {
        batches.release();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** The service is answering as much as it may at once: a 503 with Retry-After, not a failure. */
    public static final class BusyException extends RuntimeException {
        public BusyException(String message) {
            super(message, null, false, false);
        }
    }
}
