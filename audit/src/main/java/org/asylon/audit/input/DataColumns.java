package org.asylon.audit.input;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.asylon.core.problem.Suggestions;
import java.util.Set;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.ColumnRef;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.asylon.core.problem.Problems;

/** The columns a data file has, as DuckDB reads its header or schema. */
public record DataColumns(List<String> names, List<String> types) {

    public DataColumns {
        names = List.copyOf(names);
        types = List.copyOf(types);
    }

    /**
     * The columns of a CSV file as the audit reads it (every one as text), without reading the file:
     * the names are those the spec asks for, so a missing one shows up when the query runs, and
     * only then is the header read to say which (see {@link #of}).
     */
    public static DataColumns assumed(AuditSpec spec) {
        List<String> names = spec.columns().stream().map(ColumnRef::name).distinct().toList();
        return new DataColumns(names, names.stream().map(n -> "VARCHAR").toList());
    }

    public static DataColumns of(Connection connection, DataSource source) {
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM " + source.relation())) {
            while (rows.next()) {
                names.add(rows.getString("column_name"));
                types.add(rows.getString("column_type"));
            }
        } catch (SQLException e) {
            throw new InvalidInputException(Problem.inFile(source.name(),
                    "cannot read as " + source.format().id().toUpperCase(Locale.ROOT) + ": " + DuckDb.message(e)));
        }
        return new DataColumns(names, types);
    }

    /** The DuckDB type of a column, upper case ("VARCHAR", "DOUBLE", "DATE"...); VARCHAR if unknown. */
    public String type(String name) {
        int index = names.indexOf(name);
        return index < 0 ? "VARCHAR" : types.get(index).toUpperCase(Locale.ROOT);
    }

    public boolean isText(String name) {
        return type(name).equals("VARCHAR");
    }

    /** Each column plays one role only. */
    public static void checkRoles(AuditSpec spec, DataSource source) {
        Problems problems = new Problems();
        Set<String> used = new HashSet<>();
        for (ColumnRef column : spec.columns()) {
            if (!used.add(column.name())) {
                problems.add(column.origin().problem(source.name(), "column '" + column.name()
                        + "' is given two roles; each column can play one role only"));
            }
        }
        problems.throwIfAny();
    }

    /** Every column the spec names must exist. */
    public void check(AuditSpec spec, DataSource source) {
        Problems problems = new Problems();
        Set<String> present = new HashSet<>(names);
        for (ColumnRef column : spec.columns()) {
            if (!present.contains(column.name())) {
                problems.add(column.origin().problem(source.name(), "no column '" + column.name() + "' (" + column.role()
                        + ") in " + source.path().getFileName() + suggestion(column.name()) + " (columns: "
                        + String.join(", ", names) + ")"));
            }
        }
        problems.throwIfAny();
    }

    private String suggestion(String wanted) {
        return names.stream()
                .filter(name -> name.equalsIgnoreCase(wanted) || Suggestions.distance(name.toLowerCase(Locale.ROOT),
                        wanted.toLowerCase(Locale.ROOT)) <= Math.max(1, wanted.length() / 4))
                .min(Comparator.comparingInt(name -> Suggestions.distance(name, wanted)))
                .map(name -> "; did you mean '" + name + "'?")
                .orElse("");
    }
}
