package org.asylon.core.expression;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A direct evaluator for the subset of CEL that instruments mostly use: boolean logic,
 * comparisons, membership, list literals, {@code size}, arithmetic, the ternary operator and
 * the {@code exists} / {@code all} macros. It follows CEL's semantics for unknowns exactly
 * (commutative {@code &&} and {@code ||}; strict functions merge their arguments' unknowns) and
 * skips CEL's general machinery, which matters when one profile meets hundreds of rules.
 * Conditions outside the subset are evaluated by CEL itself; a property test checks that both
 * agree on every shipped condition.
 */
final class KleeneProgram {

    /** The unknown result of a sub-expression, with the variables whose absence caused it (each once). */
    static final class Unknown {
        private final Variable[] variables;

        Unknown(Variable... variables) {
            this.variables = variables;
        }

        /** The union of two unknowns; either one itself when it holds all the other's variables. */
        static Unknown merge(Unknown a, Unknown b) {
            if (a == null || a == b) {
                return b;
            }
            if (b == null) {
                return a;
            }
            Variable[] union = null;
            int size = a.variables.length;
            next:
            for (Variable variable : b.variables) {
                for (int i = 0; i < size; i++) {
                    if ((union == null ? a.variables : union)[i] == variable) {
                        continue next;
                    }
                }
                if (union == null) {
                    union = Arrays.copyOf(a.variables, a.variables.length + b.variables.length);
                }
                union[size++] = variable;
            }
            return union == null ? a : new Unknown(Arrays.copyOf(union, size));
        }
    }

    /** One compiled node: returns a value (Boolean, Long, Double, String, List) or an {@link Unknown}. */
    @FunctionalInterface
    interface Node {
        Object eval(Bindings bindings, Map<String, Object> locals);
    }

    private final Node root;

    private KleeneProgram(Node root) {
        this.root = root;
    }

    /** Compiles a checked AST, or returns empty when it uses anything outside the subset. */
    static Optional<KleeneProgram> compile(CelAbstractSyntaxTree ast, Set<String> variables) {
        try {
            return Optional.of(new KleeneProgram(new Compiler(ast, variables).node(ast.getExpr(), Set.of())));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    Evaluation evaluate(Bindings bindings) {
        Object result = root.eval(bindings, Map.of());
        if (result instanceof Boolean value) {
            return Evaluation.of(value);
        }
        if (result instanceof Unknown unknown) {
            return Evaluation.unknown(unknown.variables);
        }
        throw new ExpressionException("a condition gave " + result + " where true or false was expected", null);
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Compiler {
        private final CelAbstractSyntaxTree ast;
        private final Set<String> variables;

        Compiler(CelAbstractSyntaxTree ast, Set<String> variables) {
            this.ast = ast;
            this.variables = variables;
        }

        Node node(CelExpr expr, Set<String> locals) {
            switch (expr.getKind()) {
                case CONSTANT:
                    Object constant = constant(expr.constant());
                    return (b, l) -> constant;
                case IDENT:
                case SELECT:
                    return variable(expr, locals);
                case LIST:
                    return list(expr, locals);
                case CALL:
                    return call(expr, locals);
                case COMPREHENSION:
                    return comprehension(expr, locals);
                default:
                    throw new Unsupported();
            }
        }

        private Node variable(CelExpr expr, Set<String> locals) {
            if (expr.getKind() == CelExpr.ExprKind.Kind.IDENT && locals.contains(expr.ident().name())) {
                String local = expr.ident().name();
                return (b, l) -> l.get(local);
            }
            String name = ast.getReference(expr.id()).map(r -> r.name()).orElseThrow(Unsupported::new);
            if (!variables.contains(name)) {
                throw new Unsupported();
            }
            Variable variable = Variable.of(name);
            Unknown unknown = new Unknown(variable);
            return (b, l) -> {
                Object value = b.value(variable);
                return value != null ? value : unknown;
            };
        }

        private Node list(CelExpr expr, Set<String> locals) {
            List<Node> elements = new ArrayList<>();
            for (CelExpr element : expr.list().elements()) {
                elements.add(node(element, locals));
            }
            return (b, l) -> {
                List<Object> values = new ArrayList<>(elements.size());
                Unknown unknown = null;
                for (Node element : elements) {
                    Object value = element.eval(b, l);
                    if (value instanceof Unknown u) {
                        unknown = Unknown.merge(unknown, u);
                    } else {
                        values.add(value);
                    }
                }
                return unknown != null ? unknown : values;
            };
        }

        private Node call(CelExpr expr, Set<String> locals) {
            var call = expr.call();
            List<Node> args = new ArrayList<>();
            if (call.target().isPresent()) {
                args.add(node(call.target().get(), locals));
            }
            for (CelExpr arg : call.args()) {
                args.add(node(arg, locals));
            }
            switch (call.function()) {
                case "_&&_":
                    return and(args.get(0), args.get(1));
                case "_||_":
                    return or(args.get(0), args.get(1));
                case "!_":
                    return strict(args.get(0), x -> !(Boolean) x);
                case "_==_":
                    return strict(args.get(0), args.get(1), KleeneProgram::equal);
                case "_!=_":
                    return strict(args.get(0), args.get(1), (x, y) -> !equal(x, y));
                case "_<_":
                    return strict(args.get(0), args.get(1), (x, y) -> compare(x, y) < 0);
                case "_<=_":
                    return strict(args.get(0), args.get(1), (x, y) -> compare(x, y) <= 0);
                case "_>_":
                    return strict(args.get(0), args.get(1), (x, y) -> compare(x, y) > 0);
                case "_>=_":
                    return strict(args.get(0), args.get(1), (x, y) -> compare(x, y) >= 0);
                case "@in":
                    return strict(args.get(0), args.get(1), KleeneProgram::contains);
                case "size":
                    return strict(args.get(0), x -> x instanceof String s ? (long) s.codePointCount(0, s.length())
                            : (long) ((List<?>) x).size());
                case "_+_":
                    return arithmetic(args, '+');
                case "_-_":
                    return arithmetic(args, '-');
                case "_*_":
                    return arithmetic(args, '*');
                case "_?_:_":
                    return conditional(args.get(0), args.get(1), args.get(2));
                case "matches":
                    return matches(call.args().get(call.args().size() - 1), args);
                default:
                    throw new Unsupported();
            }
        }

        /** {@code exists} and {@code all}, recognised in their standard macro expansion. */
        private Node comprehension(CelExpr expr, Set<String> locals) {
            var comprehension = expr.comprehension();
            CelExpr init = comprehension.accuInit();
            CelExpr step = comprehension.loopStep();
            String accumulator = comprehension.accuVar();
            if (init.getKind() != CelExpr.ExprKind.Kind.CONSTANT || init.constant().getKind() != CelConstant.Kind.BOOLEAN_VALUE
                    || step.getKind() != CelExpr.ExprKind.Kind.CALL || step.call().args().size() != 2
                    || !isIdent(step.call().args().get(0), accumulator) || !isIdent(comprehension.result(), accumulator)
                    || !comprehension.iterVar2().isEmpty()) {
                throw new Unsupported();
            }
            boolean exists = !init.constant().booleanValue() && step.call().function().equals("_||_");
            boolean all = init.constant().booleanValue() && step.call().function().equals("_&&_");
            if (!exists && !all) {
                throw new Unsupported();
            }
            String variable = comprehension.iterVar();
            Set<String> inner = new HashSet<>(locals);
            inner.add(variable);
            Node range = node(comprehension.iterRange(), locals);
            Node predicate = node(step.call().args().get(1), inner);
            return (b, l) -> {
                Object items = range.eval(b, l);
                if (items instanceof Unknown) {
                    return items;
                }
                Map<String, Object> scope = new HashMap<>(l);
                Unknown unknown = null;
                for (Object item : (List<?>) items) {
                    scope.put(variable, item);
                    Object value = predicate.eval(b, scope);
                    if (value instanceof Unknown u) {
                        unknown = Unknown.merge(unknown, u);
                    } else if ((Boolean) value == exists) {
                        return exists;
                    }
                }
                return unknown != null ? unknown : !exists;
            };
        }

        /**
         * CEL's {@code matches}: a partial match, by the same regular-expression engine (RE2) CEL
         * uses. A constant pattern is compiled once.
         */
        private static Node matches(CelExpr pattern, List<Node> args) {
            if (pattern.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                    && pattern.constant().getKind() == CelConstant.Kind.STRING_VALUE) {
                com.google.re2j.Pattern compiled;
                try {
                    compiled = com.google.re2j.Pattern.compile(pattern.constant().stringValue());
                } catch (com.google.re2j.PatternSyntaxException e) {
                    throw new Unsupported();
                }
                return strict(args.get(0), x -> compiled.matcher((String) x).find());
            }
            return strict(args.get(0), args.get(1), (x, y) -> com.google.re2j.Pattern.compile((String) y).matcher((String) x).find());
        }

        private static boolean isIdent(CelExpr expr, String name) {
            return expr.getKind() == CelExpr.ExprKind.Kind.IDENT && expr.ident().name().equals(name);
        }

        private static Object constant(CelConstant constant) {
            return switch (constant.getKind()) {
                case BOOLEAN_VALUE -> constant.booleanValue();
                case INT64_VALUE -> constant.int64Value();
                case DOUBLE_VALUE -> constant.doubleValue();
                case STRING_VALUE -> constant.stringValue();
                default -> throw new Unsupported();
            };
        }
    }

    /** CEL's commutative "and": false wins over unknown; unknowns merge. */
    private static Node and(Node left, Node right) {
        return (b, l) -> {
            Object x = left.eval(b, l);
            if (Boolean.FALSE.equals(x)) {
                return false;
            }
            Object y = right.eval(b, l);
            if (Boolean.FALSE.equals(y)) {
                return false;
            }
            if (x instanceof Unknown || y instanceof Unknown) {
                return Unknown.merge(x instanceof Unknown u ? u : null, y instanceof Unknown v ? v : null);
            }
            return true;
        };
    }

    /** CEL's commutative "or": true wins over unknown; unknowns merge. */
    private static Node or(Node left, Node right) {
        return (b, l) -> {
            Object x = left.eval(b, l);
            if (Boolean.TRUE.equals(x)) {
                return true;
            }
            Object y = right.eval(b, l);
            if (Boolean.TRUE.equals(y)) {
                return true;
            }
            if (x instanceof Unknown || y instanceof Unknown) {
                return Unknown.merge(x instanceof Unknown u ? u : null, y instanceof Unknown v ? v : null);
            }
            return false;
        };
    }

    private static Node conditional(Node condition, Node then, Node otherwise) {
        return (b, l) -> {
            Object test = condition.eval(b, l);
            if (test instanceof Unknown) {
                return test;
            }
            return (Boolean) test ? then.eval(b, l) : otherwise.eval(b, l);
        };
    }

    /** A function of a known argument: unknown when the argument is. */
    private static Node strict(Node arg, java.util.function.UnaryOperator<Object> function) {
        return (b, l) -> {
            Object value = arg.eval(b, l);
            return value instanceof Unknown ? value : function.apply(value);
        };
    }

    /** A function of known arguments: unknown when either argument is, with the unknowns of both. */
    private static Node strict(Node left, Node right, java.util.function.BinaryOperator<Object> function) {
        return (b, l) -> {
            Object x = left.eval(b, l);
            Object y = right.eval(b, l);
            if (x instanceof Unknown || y instanceof Unknown) {
                return Unknown.merge(x instanceof Unknown u ? u : null, y instanceof Unknown v ? v : null);
            }
            return function.apply(x, y);
        };
    }

    private static boolean contains(Object element, Object list) {
        for (Object item : (List<?>) list) {
            if (equal(element, item)) {
                return true;
            }
        }
        return false;
    }

    private static Node arithmetic(List<Node> args, char operator) {
        return strict(args.get(0), args.get(1), (x, y) -> {
            if (x instanceof Long a && y instanceof Long c) {
                return switch (operator) {
                    case '+' -> Math.addExact(a, c);
                    case '-' -> Math.subtractExact(a, c);
                    default -> Math.multiplyExact(a, c);
                };
            }
            if (x instanceof Double a && y instanceof Double c) {
                return switch (operator) {
                    case '+' -> a + c;
                    case '-' -> a - c;
                    default -> a * c;
                };
            }
            throw new ExpressionException("cannot apply " + operator + " to " + x + " and " + y, null);
        });
    }

    private static boolean equal(Object x, Object y) {
        if (x instanceof Number a && y instanceof Number c && !x.getClass().equals(y.getClass())) {
            return a.doubleValue() == c.doubleValue();
        }
        return x.equals(y);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object x, Object y) {
        if (x instanceof Number a && y instanceof Number c && !x.getClass().equals(y.getClass())) {
            return Double.compare(a.doubleValue(), c.doubleValue());
        }
        return ((Comparable) x).compareTo(y);
    }
}
