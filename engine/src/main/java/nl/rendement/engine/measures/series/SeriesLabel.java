package nl.rendement.engine.measures.series;

/**
 * Whose KPI a series shows. Every series carries its label, so that no page can show a
 * comparison of participants with unadjusted non-participants as an effect.
 */
public enum SeriesLabel {
    /** The programme's participants (and the teams given as theirs). */
    PARTICIPANTS,
    /** The control people of the measure's given control group (METHOD §3). */
    CONTROL_GROUP,
    /**
     * Eligible non-participants as given, neither matched nor weighted: unadjusted, not an effect.
     * A difference between the participants' series and this one is not the programme's effect.
     */
    UNADJUSTED;

    /** Whether the series is an unadjusted comparison that must never be shown as an effect. */
    public boolean notAnEffect() {
        return this == UNADJUSTED;
    }
}
