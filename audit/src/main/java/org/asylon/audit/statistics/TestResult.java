package org.asylon.audit.statistics;

/** The outcome of a significance test: its method, statistic and p-value. */
public record TestResult(TestMethod method, double statistic, double pValue) {

    public TestResult {
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("a p-value lies in [0, 1], got " + pValue);
        }
    }
}
