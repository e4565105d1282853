package org.asylon.core.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asylon.core.expression.ExpressionCompiler;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.fact.FactState;

/**
 * Numbers the facts of the dictionary in its order, so that a profile's values and a rule's
 * facts can be kept in arrays; the order is also the order in which results list facts. The
 * state lists ({@code unknown}, ...) follow the facts as variables.
 */
final class FactIndex {

    private final List<FactDefinition> definitions;
    private final Map<String, Integer> variables = new HashMap<>();
    /** Each fact as a profile that says nothing of it has it: unknown. */
    private final Fact[] unstated;

    FactIndex(FactDictionary dictionary) {
        definitions = List.copyOf(dictionary.all());
        unstated = new Fact[definitions.size()];
        for (FactDefinition definition : definitions) {
            unstated[variables.size()] = Fact.withState(definition.key(), FactState.UNKNOWN);
            variables.put(definition.key(), variables.size());
        }
        for (String list : ExpressionCompiler.STATE_LISTS) {
            variables.put(list, variables.size());
        }
    }

    /** The number of facts. */
    int size() {
        return definitions.size();
    }

    String key(int index) {
        return definitions.get(index).key();
    }

    /** The fact at an index as it stands in a profile that does not state it. */
    Fact unstated(int index) {
        return unstated[index];
    }

    FactDefinition definition(int index) {
        return definitions.get(index);
    }

    /** The index of a fact, or -1 when the key names no fact. */
    int indexOf(String key) {
        Integer i = variables.get(key);
        return i == null || i >= definitions.size() ? -1 : i;
    }

    /** Each variable a profile binds (the facts, then the state lists) with its index. */
    void forEachVariable(java.util.function.BiConsumer<String, Integer> action) {
        variables.forEach(action);
    }
}
