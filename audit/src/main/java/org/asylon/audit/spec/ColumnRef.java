package org.asylon.audit.spec;

import org.asylon.core.problem.Problem;

/**
 * A column of the data named by the user, with where it was named (a line of the audit spec or
 * a command-line option), so that a missing column is reported where the mistake is.
 */
public record ColumnRef(String name, String role, Origin origin) {

    /** Where a column was named: a spec file location, or a command-line option. */
    public record Origin(String file, int line, int column, String option) {

        public static Origin option(String option) {
            return new Origin(null, 0, 0, option);
        }

        public static Origin spec(String file, int line, int column) {
            return new Origin(file, line, column, null);
        }

        /** A problem at this origin; for options, located in the data file they refer to. */
        public Problem problem(String dataFile, String message) {
            if (file != null) {
                return new Problem(file, line, column, message);
            }
            return Problem.inFile(dataFile, option + ": " + message);
        }
    }

    public static ColumnRef fromOption(String name, String role, String option) {
        return new ColumnRef(name, role, Origin.option(option));
    }
}
