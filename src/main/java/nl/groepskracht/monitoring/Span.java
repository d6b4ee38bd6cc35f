package nl.groepskracht.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The linear span of some 0/1 vectors over the hidden groups of a table: a number over a set of
 * groups can be worked out from the numbers shown exactly when its vector lies in the span of theirs
 * (linear differencing over rows, columns and totals). Gaussian elimination with pivots of 1, on
 * vectors short enough (the hidden groups of one period) for doubles to stay exact.
 */
final class Span {

    private static final double EPSILON = 1e-9;

    private final int size;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    Span(int size) {
        this.size = size;
    }

    /** Adds a vector (the indexes of its ones). */
    void add(int[] ones) {
        double[] v = reduce(ones);
        int pivot = -1;
        for (int i = 0; i < size; i++) {
            if (Math.abs(v[i]) > EPSILON && (pivot < 0 || Math.abs(v[i]) > Math.abs(v[pivot]))) {
                pivot = i;
            }
        }
        if (pivot < 0) {
            return;
        }
        double scale = v[pivot];
        for (int i = 0; i < size; i++) {
            v[i] /= scale;
        }
        rows.add(v);
        pivots.add(pivot);
    }

    /** Whether the vector with these ones can be written as a combination of those added. */
    boolean contains(int[] ones) {
        double[] v = reduce(ones);
        for (double x : v) {
            if (Math.abs(x) > EPSILON) {
                return false;
            }
        }
        return true;
    }

    private double[] reduce(int[] ones) {
        double[] v = new double[size];
        for (int i : ones) {
            v[i] = 1;
        }
        for (int r = 0; r < rows.size(); r++) {
            double factor = v[pivots.get(r)];
            if (Math.abs(factor) > EPSILON) {
                double[] row = rows.get(r);
                for (int i = 0; i < size; i++) {
                    v[i] -= factor * row[i];
                }
            }
        }
        return v;
    }
}
