package org.asylon.audit.disparity;

import org.asylon.audit.metric.GroupTally;

/** A group of an analysis and whether it is suppressed (then no figure of it is shown). */
public record GroupSummary(GroupTally tally, boolean suppressed) {
}
