package nl.rendement.app.importing;

import java.io.IOException;
import java.util.function.LongConsumer;

/** A file that can be read from the start as often as needed, one row at a time. */
interface TableSource {

    /**
     * @throws UnreadableTable when the file as a whole cannot be read
     */
    void read(RawRows rows) throws IOException;

    /**
     * As {@link #read(RawRows)}, telling {@code bytes} now and then how many bytes of the file have
     * been read so far (never more than the file holds), from the reading thread: what a progress bar
     * of the reading needs. A source that cannot count them tells nothing.
     *
     * @throws UnreadableTable when the file as a whole cannot be read
     */
    default void read(RawRows rows, LongConsumer bytes) throws IOException {
        read(rows);
    }
}
