package org.asylon.core.expression;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of a condition: its truth and, when unknown, exactly the variables whose absence
 * kept it from being decided (each once, in no particular order). Two evaluations are equal when
 * their truths and their sets of missing variables are.
 */
public final class Evaluation {

    private static final Variable[] NONE = new Variable[0];
    public static final Evaluation TRUE = new Evaluation(Truth.TRUE, NONE);
    public static final Evaluation FALSE = new Evaluation(Truth.FALSE, NONE);

    private final Truth truth;
    private final Variable[] missing;

    private Evaluation(Truth truth, Variable[] missing) {
        this.truth = truth;
        this.missing = missing;
    }

    public static Evaluation of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** Undecided for lack of these variables; the array is taken as given and must not change. */
    static Evaluation unknown(Variable[] missing) {
        return new Evaluation(Truth.UNKNOWN, missing);
    }

    public static Evaluation unknown(Set<String> missing) {
        return new Evaluation(Truth.UNKNOWN, missing.stream().map(Variable::of).toArray(Variable[]::new));
    }

    public Truth truth() {
        return truth;
    }

    /** The number of missing variables. */
    public int missingCount() {
        return missing.length;
    }

    /** The missing variable at a position below {@link #missingCount()}. */
    public Variable missingVariable(int position) {
        return missing[position];
    }

    /** The names of the missing variables. */
    public Set<String> missing() {
        return Arrays.stream(missing).map(Variable::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Evaluation that && truth == that.truth && missing().equals(that.missing());
    }

    @Override
    public int hashCode() {
        return truth.hashCode() * 31 + missing().hashCode();
    }

    @Override
    public String toString() {
        return truth + (missing.length == 0 ? "" : " lacking " + missing());
    }
}
