package org.asylon.audit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ToleranceBandTest {

    @Test
    void fourFifthsIsTheDefaultAndItsBoundsBelongToIt() {
        ToleranceBand band = ToleranceBand.FOUR_FIFTHS;
        assertThat(band.lower()).isEqualByComparingTo("0.8");
        assertThat(band.upper()).isEqualByComparingTo("1.25");
        assertThat(band.contains(BigFraction.of(4, 5))).isTrue();
        assertThat(band.contains(BigFraction.of(5, 4))).isTrue();
        assertThat(band.contains(BigFraction.of(399, 500))).isFalse();
        assertThat(band.contains(BigFraction.of(501, 400))).isFalse();
    }

    @Test
    void comparisonIsExactWhereFloatingPointIsNot() {
        // 32/100 against 40/100 is exactly 4/5, but the floating-point quotient falls just below 0.8.
        assertThat((32.0 / 100) / (40.0 / 100)).isLessThan(0.8);
        BigFraction exact = BigFraction.of(32, 100).divide(BigFraction.of(40, 100));
        assertThat(ToleranceBand.FOUR_FIFTHS.contains(exact)).isTrue();
    }

    @Test
    void aSymmetricBandIsTheReciprocal() {
        assertThat(ToleranceBand.of(new BigDecimal("0.9")).upper().doubleValue()).isEqualTo(1 / 0.9, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(ToleranceBand.of(new BigDecimal("0.5")).upper()).isEqualByComparingTo("2");
    }
}
