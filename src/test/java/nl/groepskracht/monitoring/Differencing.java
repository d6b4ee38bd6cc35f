package nl.groepskracht.monitoring;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attacker of the suppression tests: reads every number a period's views show as "the sum over
 * these groups is known" and works out, by exact linear algebra (integer Gaussian elimination over all
 * groups as unknowns, independent of the portal's own code), which hidden numbers follow from them
 * (differencing over rows, columns, totals and filtered views).
 */
final class Differencing {

    private final Map<Long, Integer> columns = new HashMap<>();
    private final List<BigInteger[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();
    private final List<Collection<Long>> shown = new ArrayList<>();

    /** A number over these groups is shown. */
    void shown(Collection<Long> groups) {
        shown.add(List.copyOf(groups));
    }

    /** Whether the number over these groups follows from all the numbers shown. */
    boolean solves(Collection<Long> groups) {
        build();
        BigInteger[] v = reduce(vector(groups));
        for (BigInteger x : v) {
            if (x.signum() != 0) {
                return false;
            }
        }
        return true;
    }

    private void build() {
        shown.forEach(s -> s.forEach(g -> columns.computeIfAbsent(g, k -> columns.size())));
        basis.clear();
        pivots.clear();
        for (Collection<Long> s : shown) {
            BigInteger[] v = reduce(vector(s));
            for (int i = 0; i < v.length; i++) {
                if (v[i].signum() != 0) {
                    basis.add(v);
                    pivots.add(i);
                    break;
                }
            }
        }
    }

    private BigInteger[] vector(Collection<Long> groups) {
        groups.forEach(g -> columns.computeIfAbsent(g, k -> columns.size()));
        BigInteger[] v = new BigInteger[columns.size()];
        java.util.Arrays.fill(v, BigInteger.ZERO);
        groups.stream().distinct().forEach(g -> v[columns.get(g)] = BigInteger.ONE);
        return v;
    }

    private BigInteger[] reduce(BigInteger[] vector) {
        BigInteger[] v = java.util.Arrays.copyOf(vector, columns.size());
        for (int i = vector.length; i < v.length; i++) {
            v[i] = BigInteger.ZERO;
        }
        for (int r = 0; r < basis.size(); r++) {
            int p = pivots.get(r);
            BigInteger[] row = basis.get(r);
            if (p < v.length && v[p].signum() != 0) {
                BigInteger a = row[p];
                BigInteger b = v[p];
                BigInteger gcd = BigInteger.ZERO;
                for (int i = 0; i < v.length; i++) {
                    BigInteger rowValue = i < row.length ? row[i] : BigInteger.ZERO;
                    v[i] = v[i].multiply(a).subtract(rowValue.multiply(b));
                    gcd = gcd.gcd(v[i]);
                }
                if (gcd.signum() != 0) {
                    for (int i = 0; i < v.length; i++) {
                        v[i] = v[i].divide(gcd);
                    }
                }
            }
        }
        return v;
    }
}
