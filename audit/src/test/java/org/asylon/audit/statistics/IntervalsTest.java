package org.asylon.audit.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.asylon.audit.metric.Rate;
import org.junit.jupiter.api.Test;

/**
 * Intervals against values published by Newcombe (1998) and against the formulas evaluated
 * here by hand.
 */
class IntervalsTest {

    private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;
    private static final double Z = 1.959963984540054;

    @Test
    void zIsTheNormalQuantile() {
        assertThat(C95.z()).isCloseTo(Z, within(1e-12));
    }

    @Test
    void wilsonMatchesNewcombesPublishedExamples() {
        // Newcombe, Statistics in Medicine 17 (1998) 857-872, Table I, method 3 (score interval).
        assertInterval(WilsonInterval.of(new Rate(81, 263), C95), 0.2553, 0.3662, 5e-5);
        assertInterval(WilsonInterval.of(new Rate(15, 148), C95), 0.0624, 0.1605, 5e-5);
        assertInterval(WilsonInterval.of(new Rate(0, 20), C95), 0.0, 0.1611, 5e-5);
        assertInterval(WilsonInterval.of(new Rate(1, 29), C95), 0.0061, 0.1718, 5e-5);
    }

    @Test
    void wilsonByHand() {
        // 8 of 20: p = 0.4, n = 20, z² = 3.841459.
        double z2 = Z * Z;
        double centre = (0.4 + z2 / 40) / (1 + z2 / 20);
        double half = Z / (1 + z2 / 20) * Math.sqrt(0.4 * 0.6 / 20 + z2 / 1600);
        assertInterval(WilsonInterval.of(new Rate(8, 20), C95), centre - half, centre + half, 1e-12);
        assertThat(centre - half).isCloseTo(0.2188, within(1e-4));
        assertThat(centre + half).isCloseTo(0.6134, within(1e-4));
    }

    @Test
    void newcombeDifferenceMatchesPublishedExamples() {
        // Newcombe, Statistics in Medicine 17 (1998) 873-890, Table II, method 10.
        assertInterval(NewcombeDifferenceInterval.of(new Rate(56, 70), new Rate(48, 80), C95), 0.0524, 0.3339, 5e-5);
        assertInterval(NewcombeDifferenceInterval.of(new Rate(9, 10), new Rate(3, 10), C95), 0.1705, 0.8090, 5e-5);
    }

    @Test
    void katzRatioByHand() {
        // 30/100 against 50/100: ratio 0.6, se = sqrt(1/30 − 1/100 + 1/50 − 1/100) = sqrt(1/30).
        double se = Math.sqrt(1.0 / 30);
        assertInterval(KatzRatioInterval.of(new Rate(30, 100), new Rate(50, 100), C95),
                0.6 * Math.exp(-Z * se), 0.6 * Math.exp(Z * se), 1e-12);
        assertThat(0.6 * Math.exp(-Z * se)).isCloseTo(0.4195, within(1e-4));
    }

    @Test
    void katzRatioWithAZeroCountAddsAHalfToEveryCell() {
        // 0/40 against 10/50 becomes 0.5/41 against 10.5/51.
        double ratio = (0.5 / 41) / (10.5 / 51);
        double se = Math.sqrt(1 / 0.5 - 1.0 / 41 + 1 / 10.5 - 1.0 / 51);
        assertInterval(KatzRatioInterval.of(new Rate(0, 40), new Rate(10, 50), C95),
                ratio * Math.exp(-Z * se), ratio * Math.exp(Z * se), 1e-12);
    }

    private static void assertInterval(Interval actual, double lower, double upper, double tolerance) {
        assertThat(actual.lower()).as("lower").isCloseTo(lower, within(tolerance));
        assertThat(actual.upper()).as("upper").isCloseTo(upper, within(tolerance));
    }
}
