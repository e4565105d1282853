package org.asylon.audit.disparity;

import org.asylon.audit.metric.GroupTally;

/** The reference of one analysis: a group, or the whole population ({@code group == null}). */
public record Reference(GroupTally group, GroupTally everyone) {

    public boolean overall() {
        return group == null;
    }

    public GroupTally tally() {
        return group == null ? everyone : group;
    }

    public String label() {
        return group == null ? "everyone" : group.group().label();
    }
}
