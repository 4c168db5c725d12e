package nl.rendement.engine.costs;

/**
 * A one-time cost shared by every participant over the programme's life (METHOD §6): the
 * programme's share = amount x participants evaluated / expected participants, multiplied first
 * and divided once, never rounded per participant.
 */
public record Proration(int expectedParticipants) {

    public Proration {
        if (expectedParticipants < 1) {
            throw new IllegalArgumentException(
                    "A proration needs at least one expected participant: " + expectedParticipants);
        }
    }

    public static Proration over(int expectedParticipants) {
        return new Proration(expectedParticipants);
    }
}
