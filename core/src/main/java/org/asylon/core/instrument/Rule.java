package org.asylon.core.instrument;

import java.util.List;
import org.asylon.core.expression.Condition;
import org.asylon.core.finding.Severity;

/**
 * A condition over profile facts that, when it holds, yields a finding. A rule may belong to a
 * step of a legal test ({@code test}, {@code step}); then it fires only where the test's right
 * is engaged, and its firing fails that step.
 */
public record Rule(
        String id,
        Condition when,
        Severity severity,
        String title,
        String explanation,
        List<String> legalBasis,
        List<String> recommendations,
        String test,
        String step,
        Standard standard) {

    public Rule {
        legalBasis = List.copyOf(legalBasis);
        recommendations = List.copyOf(recommendations);
    }
}
