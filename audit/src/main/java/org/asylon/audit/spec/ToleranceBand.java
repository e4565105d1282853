package org.asylon.audit.spec;

import java.math.BigDecimal;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The band of ratios (group rate over reference rate) read as "no disparity", bounds included.
 * The default is the four-fifths rule: [0.8, 1.25]. Bounds are exact decimals, and a ratio is
 * compared with them as a fraction of integer counts, never as a floating-point quotient.
 */
public record ToleranceBand(BigDecimal lower, BigDecimal upper) {

    public static final ToleranceBand FOUR_FIFTHS = of(new BigDecimal("0.8"));

    public ToleranceBand {
        if (lower.signum() <= 0 || lower.compareTo(BigDecimal.ONE) > 0 || upper.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("a tolerance band needs 0 < lower <= 1 <= upper, got ["
                    + lower.toPlainString() + ", " + upper.toPlainString() + "]");
        }
    }

    /** The symmetric band [t, 1/t]; the upper bound is kept exact as a fraction where possible. */
    public static ToleranceBand of(BigDecimal lower) {
        if (lower.signum() <= 0 || lower.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a tolerance lies in (0, 1], got " + lower.toPlainString());
        }
        BigDecimal upper;
        try {
            upper = BigDecimal.ONE.divide(lower);
        } catch (ArithmeticException inexact) {
            upper = BigDecimal.ONE.divide(lower, java.math.MathContext.DECIMAL64);
        }
        return new ToleranceBand(lower, upper.stripTrailingZeros());
    }

    public boolean contains(BigFraction ratio) {
        return ratio.compareTo(fraction(lower)) >= 0 && ratio.compareTo(fraction(upper)) <= 0;
    }

    public boolean belowLower(BigFraction ratio) {
        return ratio.compareTo(fraction(lower)) < 0;
    }

    private static BigFraction fraction(BigDecimal value) {
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        return BigFraction.of(plain.unscaledValue(), java.math.BigInteger.TEN.pow(plain.scale()));
    }

    @Override
    public String toString() {
        return "[" + lower.toPlainString() + ", " + upper.toPlainString() + "]";
    }
}
