package nl.rendement.app.evaluation.charts;

/**
 * A category of a chart's dataset: shown by its label, kept apart by its position, so that two
 * categories may carry the same words.
 */
record Category(int position, String label) implements Comparable<Category> {

    @Override
    public int compareTo(Category other) {
        return Integer.compare(position, other.position);
    }

    @Override
    public String toString() {
        return label;
    }
}
