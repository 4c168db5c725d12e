package nl.rendement.app.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Reads a file's rows in a thread of its own while the caller's thread checks and stores them:
 * reading a million rows (cells parsed as numbers and dates) and checking them take about a core
 * each, and the machine has two. The caller keeps its transaction (its connection is bound to its
 * thread); the reading thread touches no database. Rows are handed over a thousand at a time, at
 * most a few thousand ahead, in file order; the contract is {@link TabularReader#readEach}'s.
 */
final class ReadAhead {

    private static final int BATCH = 1_000;
    private static final int AHEAD = 8;
    private static final List<Row> END = List.of();

    private ReadAhead() {}

    /**
     * As {@code reader.readEach(file, fileName, progress, counted, rows)}, with the reading in a
     * second thread ({@code progress} is told the reading's progress and {@code counted} the rows
     * there).
     */
    static TableProblems readEach(
            TabularReader reader,
            Path file,
            String fileName,
            ImportProgress progress,
            IntConsumer counted,
            Consumer<Row> rows) {
        BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(AHEAD);
        AtomicBoolean stopped = new AtomicBoolean();
        CompletableFuture<TableProblems> reading = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        List<List<Row>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
                        TableProblems problems = reader.readEach(file, fileName, progress, counted, row -> {
                            batch.get(0).add(row);
                            if (batch.get(0).size() == BATCH) {
                                hand(queue, batch.set(0, new ArrayList<>(BATCH)), stopped);
                            }
                        });
                        hand(queue, batch.get(0), stopped);
                        reading.complete(problems);
                    } catch (RuntimeException | Error failed) {
                        reading.completeExceptionally(failed);
                    } finally {
                        if (!stopped.get()) {
                            hand(queue, END, stopped);
                        }
                    }
                },
                "import-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            for (List<Row> batch = take(queue); batch != END; batch = take(queue)) {
                batch.forEach(rows);
            }
        } catch (RuntimeException | Error failed) {
            stopped.set(true);
            thread.interrupt();
            throw failed;
        }
        try {
            return reading.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Puts a batch on the queue, waiting while it is full; gives up once the taker stopped. */
    private static void hand(BlockingQueue<List<Row>> queue, List<Row> batch, AtomicBoolean stopped) {
        try {
            while (!stopped.get()) {
                if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        throw new Stopped();
    }

    private static List<Row> take(BlockingQueue<List<Row>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a file", interrupted);
        }
    }

    /** The taker stopped: the reading ends without handing on more. */
    private static final class Stopped extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the rows' taker stopped", null, false, false);
        }
    }
}
