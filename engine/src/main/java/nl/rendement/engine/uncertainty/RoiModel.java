package nl.rendement.engine.uncertainty;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The ROI as a function of its uncertain inputs: ROI % = (years × Σ benefit a year − costs) /
 * costs × 100, where each measure's benefit a year is improvement × periods a year × value per
 * unit × (an estimated value's confidence), or a benefit a year given in money. Costs are fixed
 * (listed as such). At every input's centre it gives the headline ROI.
 */
public record RoiModel(List<UncertainInput> inputs, List<Term> terms, double years, double costs) {

    public RoiModel {
        inputs = List.copyOf(inputs);
        terms = List.copyOf(terms);
        if (!(costs > 0)) {
            throw new IllegalArgumentException("The ROI model needs positive costs");
        }
        if (inputs.stream().map(UncertainInput::key).distinct().count() != inputs.size()) {
            throw new IllegalArgumentException("Input keys must be unique");
        }
    }

    /** The ROI % for input values by key. */
    public double roi(ToDoubleFunction<String> valueOf) {
        double benefits =
                terms.stream().mapToDouble(term -> term.benefit(valueOf)).sum();
        return (years * benefits - costs) / costs * 100;
    }

    /** The ROI % with every input at its centre: the headline. */
    public double headlineRoi() {
        return roi(centres()::get);
    }

    /** Every input's centre, by key. */
    public Map<String, Double> centres() {
        return inputs.stream()
                .collect(java.util.stream.Collectors.toMap(
                        UncertainInput::key, i -> i.distribution().centre()));
    }

    /**
     * One measure's benefit a year: {@code improvement × factor × value}, or the {@code benefit}
     * input alone when the benefit was given in money (improvement and value then absent).
     */
    public record Term(
            String measureId,
            Optional<String> improvement,
            Optional<String> value,
            double factor,
            Optional<String> benefit) {

        public Term {
            Objects.requireNonNull(measureId, "measureId");
            if (benefit.isPresent() == (improvement.isPresent() && value.isPresent())) {
                throw new IllegalArgumentException("A term is improvement × value or a benefit: " + measureId);
            }
        }

        double benefit(ToDoubleFunction<String> valueOf) {
            return benefit.map(valueOf::applyAsDouble)
                    .orElseGet(() ->
                            valueOf.applyAsDouble(improvement.get()) * factor * valueOf.applyAsDouble(value.get()));
        }
    }
}
