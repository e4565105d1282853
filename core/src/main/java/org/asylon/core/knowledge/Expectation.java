package org.asylon.core.knowledge;

import java.util.List;
import java.util.Map;

/**
 * What each instrument should conclude for a documented case, and why: the golden values that
 * tests compare against the command line's output.
 */
public record Expectation(String caseId, Map<String, InstrumentExpectation> instruments) {

    public Expectation {
        instruments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(instruments));
    }

    /** Expected conclusions of one instrument; null fields are not checked. */
    public record InstrumentExpectation(String worstSeverity, Map<String, String> classifications, String application,
                                        List<String> fired, List<String> undetermined, String why) {
        public InstrumentExpectation {
            classifications = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(classifications));
            fired = List.copyOf(fired);
            undetermined = List.copyOf(undetermined);
        }
    }
}
