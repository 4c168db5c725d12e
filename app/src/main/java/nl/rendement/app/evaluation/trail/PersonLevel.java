package nl.rendement.app.evaluation.trail;

import java.util.Set;

/**
 * Facts that name a person or a response (a respondent's survey id, a person's pseudonym): shown
 * to analysts who see the programme whole, withheld from everyone else. The engine writes
 * {@code respondent} today (estimate steps); the other names are kept out should a step ever use
 * them. {@code subject} is not among them: in the engine's trails it names a survey item or group
 * ("relevance", "respondents"), never a person.
 */
final class PersonLevel {

    static final Set<String> FACTS = Set.of("respondent", "person", "participant", "employee", "pseudonym");

    private PersonLevel() {}

    static boolean names(String fact) {
        return FACTS.contains(fact);
    }
}
