package nl.rendement.app.evaluation.steps;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.programme.ProgrammeType;

/**
 * A claim the source article makes (shared/seed: Evy Moonen, "Zo meet je de ROI van leren en
 * ontwikkelen: bewezen methodes voor HR-leiders"), shown beside a programme's own figures only as a
 * marked quote with the source the article names for it and its year (METHOD.md §5): never a
 * result of the evaluation, never a default for a forecast or a conversion. The article carries no
 * date; it cites a report for 2025, so it is dated 2025 ({@code steps.present.quote.article}). Its
 * words are in the Dutch bundle as the article writes them and translated in the English one.
 *
 * @param key the quote's messages: {@code steps.present.quote.<key>} (the claim) and {@code .source}
 * @param citedYear the year of the study the article names, when it names one
 * @param types the programme types whose story the claim belongs to
 */
public record ArticleQuote(String key, Optional<Integer> citedYear, Set<ProgrammeType> types) {

    private static final List<ArticleQuote> ALL = List.of(
            new ArticleQuote("onlineTime", Optional.empty(), Set.of(ProgrammeType.DIGITAL_LEARNING)),
            new ArticleQuote("onlineReturn", Optional.empty(), Set.of(ProgrammeType.DIGITAL_LEARNING)),
            new ArticleQuote("humanError", Optional.empty(), Set.of(ProgrammeType.COMPLIANCE)),
            new ArticleQuote("digitalSkills", Optional.empty(), Set.of(ProgrammeType.AI_LITERACY)),
            new ArticleQuote("leavers", Optional.of(2023), Set.of(ProgrammeType.LEADERSHIP)),
            new ArticleQuote("softSkills", Optional.empty(), Set.of(ProgrammeType.SOFT_SKILLS)));

    public ArticleQuote {
        types = Set.copyOf(types);
    }

    /** The article's claims that belong to a programme of that type, in the article's order. */
    static List<ArticleQuote> about(ProgrammeType type) {
        return ALL.stream().filter(quote -> quote.types().contains(type)).toList();
    }

    static List<ArticleQuote> all() {
        return ALL;
    }

    public String textKey() {
        return "steps.present.quote." + key;
    }

    public String sourceKey() {
        return "steps.present.quote." + key + ".source";
    }
}
