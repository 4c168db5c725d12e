package nl.rendement.app.programme;

/**
 * Participants of a cohort or programme, split into those who completed, those who withdrew or did
 * not show, and the rest, who are still open (enrolled or started).
 */
record Tally(long participants, long completed, long dropped) {

    static final Tally NONE = new Tally(0, 0, 0);

    Tally {
        if (completed < 0 || dropped < 0 || completed + dropped > participants) {
            throw new IllegalArgumentException("Not a split of " + participants + ": " + completed + ", " + dropped);
        }
    }

    long open() {
        return participants - completed - dropped;
    }

    Tally plus(Tally other) {
        return new Tally(participants + other.participants, completed + other.completed, dropped + other.dropped);
    }

    /** The counts that together tell everything this tally can: the total and each part of it. */
    long[] measures() {
        return new long[] {participants, completed, dropped, open()};
    }
}
