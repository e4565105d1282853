package org.asylon.audit.finding;

import org.asylon.audit.disparity.Verdict;
import org.asylon.audit.statistics.Interval;

/**
 * The smallest ratio of a group's favourable-decision rate to the reference rate, among groups
 * with enough people to compare: what the profile fact {@code evidence.disparity_ratio} records.
 */
public record LargestDisparity(String analysis, String source, String group, String reference, double ratio,
                               Interval interval, Verdict verdict) {
}
