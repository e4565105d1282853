package org.asylon.core.instrument;

import java.util.List;
import org.asylon.core.expression.Condition;

/**
 * A structured test, such as the three-part test for one right: ordered steps, each failing
 * when one of its rules fires. {@code engaged} says when the right is interfered with at all.
 */
public record LegalTest(String id, String title, String right, List<String> legalBasis, Condition engaged,
                        List<Step> steps) {
    public LegalTest {
        legalBasis = List.copyOf(legalBasis);
        steps = List.copyOf(steps);
    }
}
