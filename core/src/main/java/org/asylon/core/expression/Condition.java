package org.asylon.core.expression;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelAttribute;
import dev.cel.runtime.CelAttributePattern;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelUnknownSet;
import dev.cel.runtime.CelVariableResolver;
import dev.cel.runtime.PartialVars;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled, type-checked boolean expression. Compiled once when an instrument loads and
 * evaluated many times. Evaluation is three-valued: variables that are not known are passed to
 * CEL as unknowns, and CEL's commutative logic decides whatever can be decided without them
 * ({@code false && x} is false); what it cannot decide comes back with the exact unknowns.
 */
public final class Condition {

    private final String text;
    private final CelAbstractSyntaxTree ast;
    private volatile CelRuntime.Program program;
    private final KleeneProgram direct;
    private final Set<String> variables;
    private final Map<CelAttribute, String> attributes;
    private final Map<String, CelAttributePattern> patterns;

    Condition(String text, CelAbstractSyntaxTree ast, CelRuntime.Program program, KleeneProgram direct,
              Set<String> variables) {
        this.text = text;
        this.ast = ast;
        this.program = program;
        this.direct = direct;
        this.variables = Set.copyOf(variables);
        Map<CelAttribute, String> byAttribute = new java.util.HashMap<>();
        Map<String, CelAttributePattern> byName = new java.util.HashMap<>();
        for (String variable : variables) {
            byAttribute.put(CelAttribute.fromQualifiedIdentifier(variable), variable);
            byName.put(variable, CelAttributePattern.fromQualifiedIdentifier(variable));
        }
        this.attributes = Map.copyOf(byAttribute);
        this.patterns = Map.copyOf(byName);
    }

    /** The expression as written. */
    public String text() {
        return text;
    }

    /** The variables the expression reads (facts, rules, classifications, scores). */
    public Set<String> variables() {
        return variables;
    }

    public Evaluation evaluate(Bindings bindings) {
        return direct != null ? direct.evaluate(bindings) : evaluateWithCel(bindings);
    }

    /** Evaluation by CEL's own interpreter: the reference the direct evaluator is tested against. */
    Evaluation evaluateWithCel(Bindings bindings) {
        List<CelAttributePattern> unknowns = null;
        for (String variable : variables) {
            if (bindings.value(variable) == null) {
                if (unknowns == null) {
                    unknowns = new ArrayList<>();
                }
                unknowns.add(patterns.get(variable));
            }
        }
        CelVariableResolver resolver = name -> Optional.ofNullable(bindings.value(name));
        CelRuntime.Program program = program();
        Object result;
        try {
            result = unknowns == null ? program.eval(resolver) : program.eval(PartialVars.of(resolver, unknowns));
        } catch (CelEvaluationException e) {
            throw new ExpressionException("cannot evaluate '" + text + "': " + e.getMessage(), e);
        }
        if (result instanceof Boolean value) {
            return Evaluation.of(value);
        }
        if (result instanceof CelUnknownSet unknown) {
            Set<String> missing = new HashSet<>();
            for (CelAttribute attribute : unknown.attributes()) {
                String name = attributes.get(attribute);
                missing.add(name != null ? name : attribute.toString());
            }
            return Evaluation.unknown(missing);
        }
        throw new ExpressionException("'" + text + "' gave " + result + " where true or false was expected", null);
    }

    /** Made at most a few times over if threads race for it: every copy is the same program. */
    private CelRuntime.Program program() {
        CelRuntime.Program made = program;
        if (made == null) {
            made = ExpressionCompiler.program(text, ast);
            program = made;
        }
        return made;
    }

    /** Whether the condition is evaluated directly rather than by CEL's interpreter. */
    boolean direct() {
        return direct != null;
    }

    @Override
    public String toString() {
        return text;
    }
}
