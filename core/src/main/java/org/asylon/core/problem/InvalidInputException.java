package org.asylon.core.problem;

import java.util.List;

/** Input that cannot be used: every problem found, not only the first. */
public final class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        for (Problem problem : problems) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(problem);
        }
        return out.toString();
    }
}
