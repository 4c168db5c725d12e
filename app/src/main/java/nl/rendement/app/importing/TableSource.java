package nl.rendement.app.importing;

import java.io.IOException;

/** A file that can be read from the start as often as needed, one row at a time. */
interface TableSource {

    /**
     * @throws UnreadableTable when the file as a whole cannot be read
     */
    void read(RawRows rows) throws IOException;
}
