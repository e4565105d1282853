package org.asylon.audit.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.asylon.audit.metric.Rate;
import org.junit.jupiter.api.Test;

class TestsAndCorrectionsTest {

    @Test
    void smallTablesUseFishersExactTest() {
        // Fisher's tea-tasting table [[3, 1], [1, 3]]: two-sided p = (1 + 16 + 16 + 1) / 70 = 34/70.
        TestResult result = TwoProportionTest.test(new Rate(3, 4), new Rate(1, 4));
        assertThat(result.method()).isEqualTo(TestMethod.FISHER_EXACT);
        assertThat(result.pValue()).isCloseTo(34.0 / 70, within(1e-12));
    }

    @Test
    void largeTablesUseChiSquare() {
        // 30/100 against 50/100: chi² = N(ad − bc)² / (r1·r2·c1·c2) = 200·(30·50 − 70·50)² / (100·100·80·120) = 25/3.
        TestResult result = TwoProportionTest.test(new Rate(30, 100), new Rate(50, 100));
        assertThat(result.method()).isEqualTo(TestMethod.CHI_SQUARE);
        assertThat(result.statistic()).isCloseTo(25.0 / 3, within(1e-12));
        // With one degree of freedom, p = P(|Z| > sqrt(25/3)) = 2·(1 − Φ(2.88675)) ≈ 0.003892.
        assertThat(result.pValue()).isCloseTo(0.003892, within(2e-6));
    }

    @Test
    void identicalAllOrNothingTablesCarryNoEvidence() {
        assertThat(TwoProportionTest.test(new Rate(0, 30), new Rate(0, 50)).pValue()).isEqualTo(1.0);
        assertThat(TwoProportionTest.test(new Rate(30, 30), new Rate(50, 50)).method()).isEqualTo(TestMethod.NONE);
    }

    @Test
    void holmStepsDown() {
        // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → running max 0.06.
        assertThat(Correction.HOLM.adjust(new double[] {0.01, 0.04, 0.03, 0.005}))
                .containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
    }

    @Test
    void benjaminiHochbergStepsUp() {
        // Sorted: 0.005·4/1 = 0.02, 0.01·4/2 = 0.02, 0.03·4/3 = 0.04, 0.04·4/4 = 0.04 → running min from the top.
        assertThat(Correction.BENJAMINI_HOCHBERG.adjust(new double[] {0.01, 0.04, 0.03, 0.005}))
                .containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-12));
    }

    @Test
    void adjustedPValuesNeverExceedOne() {
        assertThat(Correction.HOLM.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
    }
}
