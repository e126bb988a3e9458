package io.hms.benchmarks.trial;

import java.util.Arrays;

/**
 * The Mann–Whitney U (Wilcoxon rank-sum) test of two samples, two-sided, by the normal approximation
 * with tie correction and continuity correction — the asymptotic test of common statistics packages.
 *
 * <pre>{@code
 * RankSum r = RankSum.test(new double[] {19, 22, 16, 29, 24}, new double[] {20, 11, 17, 12});
 * r.u();        // 17.0: U of the first sample
 * r.pValue();   // 0.111
 * }</pre>
 *
 * <p>Values may be {@link Double#POSITIVE_INFINITY}: they rank after every finite value and tie with each
 * other, which is how {@link OperatorTrial} ranks runs that missed the target. Written out here rather than
 * taken from a statistics library because none is a dependency of this module and the formula is small and
 * exact: {@code U = R1 - n1(n1+1)/2}, {@code sigma^2 = n1 n2 / 12 * ((n + 1) - sum(t^3 - t) / (n (n - 1)))},
 * {@code z = (|U - n1 n2 / 2| - 1/2) / sigma}, {@code p = 2 (1 - Phi(z))}, with {@code Phi} from an
 * {@code erfc} accurate to about 1e-7.
 *
 * @param u      the U statistic of the first sample (how many pairs it wins, ties counting half)
 * @param z      the standardized statistic, signed: negative when the first sample tends lower
 * @param pValue the two-sided p-value, in [0, 1]; 1 when all values tie
 */
public record RankSum(double u, double z, double pValue) {

    /**
     * Tests whether {@code first} and {@code second} come from one distribution.
     *
     * @throws IllegalArgumentException if a sample is empty or holds NaN
     */
    public static RankSum test(double[] first, double[] second) {
        int n1 = first.length;
        int n2 = second.length;
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("both samples need a value, got sizes " + n1 + " and " + n2);
        }
        int n = n1 + n2;
        double[] all = new double[n];
        System.arraycopy(first, 0, all, 0, n1);
        System.arraycopy(second, 0, all, n1, n2);
        for (double v : all) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("a sample holds NaN; give numbers or +infinity");
            }
        }
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        double tieSum = 0;
        double r1 = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            tieSum += t * t * t - t;
            double rank = (i + j) / 2.0 + 1;
            for (int k = 0; k < n1; k++) {
                if (first[k] == sorted[i]) {
                    r1 += rank;
                }
            }
            i = j + 1;
        }
        double u = r1 - n1 * (n1 + 1) / 2.0;
        double mean = n1 * (double) n2 / 2;
        double variance = n1 * (double) n2 / 12 * ((n + 1) - tieSum / ((double) n * (n - 1)));
        if (variance <= 0) {
            return new RankSum(u, 0, 1);
        }
        double sigma = Math.sqrt(variance);
        double z = Math.signum(u - mean) * Math.max(0, Math.abs(u - mean) - 0.5) / sigma;
        double p = Math.min(1, erfc(Math.abs(z) / Math.sqrt(2)));
        return new RankSum(u, z, p);
    }

    /** The complementary error function (Chebyshev fit, fractional error below 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
