package org.asylon.core.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems while reading, so that a user sees all of them at once. Safe to share
 * between threads; problems are listed in file, line and column order whatever the order found.
 */
public final class Problems {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::message);

    private final List<Problem> list = Collections.synchronizedList(new ArrayList<>());

    public void add(Problem problem) {
        list.add(problem);
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        synchronized (list) {
            return list.stream().sorted(ORDER).toList();
        }
    }

    public int size() {
        return list.size();
    }

    /** Throws when anything was collected; callers then keep nothing half-built. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }
}
