package nl.rendement.app.evaluation.trail;

/**
 * Who reads a trail: an analyst who sees the programme whole reads person-level facts and figures
 * resting on fewer than k people; everyone else reads aggregates only (docs/privacy.md).
 */
enum Reader {
    PERSON_LEVEL,
    AGGREGATES
}
