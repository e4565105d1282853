package org.asylon.core.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A variable name read by compiled conditions, numbered once for the whole process, so that an
 * evaluator can find a variable's value by array index instead of hashing its name on every
 * read. Names are few (facts and instrument parts), so the numbering stays small.
 */
public final class Variable {

    private static final Map<String, Variable> BY_NAME = new ConcurrentHashMap<>();
    private static final List<Variable> BY_ID = new ArrayList<>();

    private final String name;
    private final int id;

    private Variable(String name, int id) {
        this.name = name;
        this.id = id;
    }

    /** The variable of a name; the same instance for the same name. */
    public static Variable of(String name) {
        Variable variable = BY_NAME.get(name);
        return variable != null ? variable : BY_NAME.computeIfAbsent(name, Variable::register);
    }

    private static Variable register(String name) {
        synchronized (BY_ID) {
            Variable variable = new Variable(name, BY_ID.size());
            BY_ID.add(variable);
            return variable;
        }
    }

    /** The variables numbered so far, by id. */
    public static List<Variable> all() {
        synchronized (BY_ID) {
            return List.copyOf(BY_ID);
        }
    }

    public String name() {
        return name;
    }

    public int id() {
        return id;
    }

    @Override
    public String toString() {
        return name;
    }
}
