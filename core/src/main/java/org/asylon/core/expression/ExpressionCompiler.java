package org.asylon.core.expression;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.cel.checker.CelStandardDeclarations;
import dev.cel.checker.CelStandardDeclarations.StandardFunction;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.expr.CheckedExpr;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylon.core.document.Document;
import org.asylon.core.document.Location;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.problem.Problem;
import org.asylon.core.problem.Problems;
import org.asylon.core.problem.Suggestions;

/**
 * Compiles CEL conditions against the fact dictionary: every fact is a typed variable, so a
 * misspelt fact, a type error or a comparison with a value the fact can never take is a load
 * error with the file, line and column of the offending character.
 */
public final class ExpressionCompiler {

    /** Lists of the keys of facts in each state other than known; always known themselves. */
    public static final List<String> STATE_LISTS = List.of("unknown", "undisclosed", "contested");

    private static final CelRuntime RUNTIME = CelRuntimeFactory.plannerRuntimeBuilder().build();
    /**
     * CEL's standard functions left out of conditions: facts are booleans, numbers, text and
     * lists of text, so functions of other types only slow the type checker down, which builds
     * its environment anew for every expression.
     */
    private static final Set<StandardFunction> LEFT_OUT = EnumSet.of(StandardFunction.TYPE, StandardFunction.UINT,
            StandardFunction.BYTES, StandardFunction.DYN, StandardFunction.DURATION, StandardFunction.TIMESTAMP,
            StandardFunction.OLD_IN, StandardFunction.OLD_NOT_STRICTLY_FALSE, StandardFunction.GET_FULL_YEAR,
            StandardFunction.GET_MONTH, StandardFunction.GET_DAY_OF_YEAR, StandardFunction.GET_DAY_OF_MONTH,
            StandardFunction.GET_DATE, StandardFunction.GET_DAY_OF_WEEK, StandardFunction.GET_HOURS,
            StandardFunction.GET_MINUTES, StandardFunction.GET_SECONDS, StandardFunction.GET_MILLISECONDS);
    private static final Pattern LEFT_OUT_TYPES = Pattern.compile("timestamp|duration|bytes|uint|map");
    private static final CelStandardDeclarations DECLARATIONS = CelStandardDeclarations.newBuilder()
            .filterFunctions((function, overload) -> !LEFT_OUT.contains(function)
                    && !LEFT_OUT_TYPES.matcher(overload.celOverloadDecl().overloadId()).find())
            .build();
    private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']+)'");
    private static final Set<String> LEFT_OUT_NAMES = LEFT_OUT.stream().map(StandardFunction::functionName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final FactDictionary dictionary;
    private final Map<String, CelType> variables;
    private final CelCompiler compiler;
    /** Expressions checked before, in CEL's serialised checked form, by their text. */
    private final Map<String, byte[]> known;
    /** Expressions checked by this compiler and those made {@link #with} it, by their text. */
    private final Map<String, CelAbstractSyntaxTree> checked;

    private ExpressionCompiler(FactDictionary dictionary, Map<String, CelType> variables, Map<String, byte[]> known,
                               Map<String, CelAbstractSyntaxTree> checked) {
        this.dictionary = dictionary;
        this.variables = Map.copyOf(variables);
        CelCompilerBuilder builder = compilerBuilder();
        variables.forEach(builder::addVar);
        this.compiler = builder.build();
        this.known = known;
        this.checked = checked;
    }

    /** Loads and initialises the expression language's classes by compiling and running a trivial condition. */
    public static void warmUp() {
        try {
            CelCompiler warm = compilerBuilder().addVar("x.y", SimpleType.BOOL).build();
            RUNTIME.createProgram(warm.compile("[1, 2].exists(i, i > 1) && x.y").getAst())
                    .eval(dev.cel.runtime.PartialVars.of(dev.cel.runtime.CelAttributePattern.fromQualifiedIdentifier("x.y")));
        } catch (CelValidationException | CelEvaluationException e) {
            throw new IllegalStateException("the expression language failed to start", e);
        }
    }

    private static CelCompilerBuilder compilerBuilder() {
        return CelCompilerFactory.standardCelCompilerBuilder()
                .setStandardEnvironmentEnabled(false)
                .setStandardDeclarations(DECLARATIONS)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS);
    }

    /** A compiler that knows every fact of the dictionary and the state lists. */
    public static ExpressionCompiler forFacts(FactDictionary dictionary) {
        return forFacts(dictionary, Map.of());
    }

    /**
     * A compiler that also knows expressions checked before, by their text: conditions of a
     * document restored from a checked snapshot are taken from them instead of being checked
     * again. The text decides the checked form, because every name's type follows from the fact
     * dictionary and its prefix ({@code rule.}, {@code class.}, {@code score.}).
     */
    public static ExpressionCompiler forFacts(FactDictionary dictionary, Map<String, byte[]> known) {
        Map<String, CelType> variables = new LinkedHashMap<>();
        for (FactDefinition definition : dictionary.all()) {
            variables.put(definition.key(), celType(definition));
        }
        for (String list : STATE_LISTS) {
            variables.put(list, ListType.create(SimpleType.STRING));
        }
        return new ExpressionCompiler(dictionary, variables, Map.copyOf(known), new ConcurrentHashMap<>());
    }

    /** This compiler plus more variables (an instrument's rules, classifications and scores). */
    public ExpressionCompiler with(Map<String, CelType> more) {
        Map<String, CelType> all = new LinkedHashMap<>(variables);
        all.putAll(more);
        return new ExpressionCompiler(dictionary, all, known, checked);
    }

    /** Every expression known to or checked by this compiler and those made with it, serialised, by text. */
    public Map<String, byte[]> checkedExpressions() {
        Map<String, byte[]> all = new HashMap<>(known);
        checked.forEach((text, ast) -> all.computeIfAbsent(text,
                ignored -> CelProtoAbstractSyntaxTree.fromCelAst(ast).toCheckedExpr().toByteArray()));
        return all;
    }

    private Optional<CelAbstractSyntaxTree> known(String text) {
        byte[] serialised = known.get(text);
        if (serialised == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CelProtoAbstractSyntaxTree.fromCheckedExpr(CheckedExpr.parseFrom(serialised)).getAst());
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static CelType celType(FactDefinition definition) {
        return switch (definition.type()) {
            case BOOLEAN -> SimpleType.BOOL;
            case ENUM, TEXT, DATE -> SimpleType.STRING;
            case SET -> ListType.create(SimpleType.STRING);
            case INTEGER -> SimpleType.INT;
            case NUMBER, SHARE -> SimpleType.DOUBLE;
        };
    }

    /**
     * Compiles a condition found at {@code pointer} of {@code document}; on failure adds
     * problems and returns empty.
     */
    public Optional<Condition> compile(String text, Document document, String pointer, Problems problems) {
        Optional<CelAbstractSyntaxTree> known = document.restored() ? known(text) : Optional.empty();
        if (known.isPresent()) {
            return prepare(text, known.get(), document, pointer, problems);
        }
        CelAbstractSyntaxTree ast;
        try {
            ast = compiler.compile(text).getAst();
        } catch (CelValidationException e) {
            for (CelIssue issue : e.getErrors()) {
                problems.add(at(document, pointer, issue.getSourceLocation().getLine(),
                        issue.getSourceLocation().getColumn(), explain(text, issue)));
            }
            return Optional.empty();
        }
        if (!ast.getResultType().equals(SimpleType.BOOL)) {
            problems.add(at(document, pointer, 1, 0,
                    "a condition must be true or false, but '" + text + "' is of type " + ast.getResultType().name()));
            return Optional.empty();
        }
        Problems literals = new Problems();
        checkLiterals(ast, ast.getExpr(), text, document, pointer, literals);
        if (!literals.isEmpty()) {
            problems.addAll(literals.list());
            return Optional.empty();
        }
        Optional<Condition> condition = prepare(text, ast, document, pointer, problems);
        condition.ifPresent(ignored -> checked.put(text, ast));
        return condition;
    }

    /**
     * Makes a condition of a checked expression. CEL's own program is made now only for
     * conditions outside the directly evaluated subset; for the others it is made on first use.
     */
    private Optional<Condition> prepare(String text, CelAbstractSyntaxTree ast, Document document, String pointer,
                                        Problems problems) {
        Set<String> used = new HashSet<>();
        ast.getReferenceMap().forEach((id, reference) -> {
            if (reference.value().isEmpty() && reference.overloadIds().isEmpty() && variables.containsKey(reference.name())) {
                used.add(reference.name());
            }
        });
        KleeneProgram direct = KleeneProgram.compile(ast, used).orElse(null);
        try {
            CelRuntime.Program program = direct == null ? RUNTIME.createProgram(ast) : null;
            return Optional.of(new Condition(text, ast, program, direct, used));
        } catch (CelEvaluationException e) {
            problems.add(at(document, pointer, 1, 0, "cannot prepare '" + text + "': " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** CEL's program for a checked expression (made on first use by conditions that are evaluated directly). */
    static CelRuntime.Program program(String text, CelAbstractSyntaxTree ast) {
        try {
            return RUNTIME.createProgram(ast);
        } catch (CelEvaluationException e) {
            throw new ExpressionException("cannot prepare '" + text + "': " + e.getMessage(), e);
        }
    }

    /** Rewrites CEL's "undeclared reference" into the name of the unknown fact, with a hint. */
    private String explain(String text, CelIssue issue) {
        String message = issue.getMessage();
        Matcher function = UNDECLARED.matcher(message);
        if (function.lookingAt() && LEFT_OUT_NAMES.contains(function.group(1))) {
            return "'" + function.group(1) + "' is not available in conditions: facts are true or false, numbers, text"
                    + " or lists of text (compare dates as text, e.g. governance.dpia_date < '2018-05-25')";
        }
        if (message.startsWith("undeclared reference")) {
            int offset = offset(text, issue.getSourceLocation().getLine(), issue.getSourceLocation().getColumn());
            Matcher matcher = NAME.matcher(text);
            if (offset >= 0 && matcher.find(offset) && matcher.start() == offset) {
                String name = matcher.group();
                return "unknown name '" + name + "'" + suggest(name).map(s -> "; did you mean '" + s + "'?").orElse("");
            }
        }
        return message;
    }

    private Optional<String> suggest(String name) {
        return dictionary.suggest(name).or(() -> Suggestions.closest(name, variables.keySet()));
    }

    /**
     * Catches comparisons that type-check but can never hold: an enum or set fact compared with
     * a value it does not allow, or a state list asked about a fact that does not exist.
     */
    private void checkLiterals(CelAbstractSyntaxTree ast, CelExpr expr, String text, Document document,
                               String pointer, Problems problems) {
        switch (expr.getKind()) {
            case CALL -> {
                var call = expr.call();
                List<CelExpr> args = new ArrayList<>(call.args());
                call.target().ifPresent(target -> args.add(0, target));
                String function = call.function();
                if ((function.equals("_==_") || function.equals("_!=_")) && args.size() == 2) {
                    checkValue(ast, args.get(0), args.get(1), text, document, pointer, problems);
                    checkValue(ast, args.get(1), args.get(0), text, document, pointer, problems);
                } else if (function.equals("@in") && args.size() == 2) {
                    checkMembership(ast, args.get(0), args.get(1), text, document, pointer, problems);
                }
                for (CelExpr arg : args) {
                    checkLiterals(ast, arg, text, document, pointer, problems);
                }
            }
            case LIST -> expr.list().elements().forEach(e -> checkLiterals(ast, e, text, document, pointer, problems));
            case SELECT -> checkLiterals(ast, expr.select().operand(), text, document, pointer, problems);
            case COMPREHENSION -> {
                var comprehension = expr.comprehension();
                checkLiterals(ast, comprehension.iterRange(), text, document, pointer, problems);
                checkLiterals(ast, comprehension.loopStep(), text, document, pointer, problems);
                checkLiterals(ast, comprehension.loopCondition(), text, document, pointer, problems);
                checkLiterals(ast, comprehension.result(), text, document, pointer, problems);
                checkLiterals(ast, comprehension.accuInit(), text, document, pointer, problems);
            }
            default -> {
            }
        }
    }

    private void checkValue(CelAbstractSyntaxTree ast, CelExpr factSide, CelExpr literalSide, String text,
                            Document document, String pointer, Problems problems) {
        Optional<FactDefinition> fact = factOf(ast, factSide);
        Optional<String> literal = stringConstant(literalSide);
        if (fact.isPresent() && literal.isPresent() && !fact.get().choices().isEmpty()
                && !fact.get().hasChoice(literal.get())) {
            reportChoice(ast, literalSide, fact.get(), literal.get(), text, document, pointer, problems);
        }
    }

    private void checkMembership(CelAbstractSyntaxTree ast, CelExpr element, CelExpr container, String text,
                                 Document document, String pointer, Problems problems) {
        Optional<String> literal = stringConstant(element);
        Optional<FactDefinition> set = factOf(ast, container);
        if (literal.isPresent() && set.isPresent() && !set.get().choices().isEmpty() && !set.get().hasChoice(literal.get())) {
            reportChoice(ast, element, set.get(), literal.get(), text, document, pointer, problems);
        }
        if (literal.isPresent() && isStateList(ast, container) && !dictionary.contains(literal.get())) {
            problems.add(located(ast, element, text, document, pointer, "unknown fact '" + literal.get() + "'"
                    + dictionary.suggest(literal.get()).map(s -> "; did you mean '" + s + "'?").orElse("")));
        }
        Optional<FactDefinition> enumFact = factOf(ast, element);
        if (enumFact.isPresent() && !enumFact.get().choices().isEmpty() && container.getKind() == CelExpr.ExprKind.Kind.LIST) {
            for (CelExpr item : container.list().elements()) {
                stringConstant(item).filter(value -> !enumFact.get().hasChoice(value)).ifPresent(value ->
                        reportChoice(ast, item, enumFact.get(), value, text, document, pointer, problems));
            }
        }
    }

    private void reportChoice(CelAbstractSyntaxTree ast, CelExpr where, FactDefinition fact, String value, String text,
                              Document document, String pointer, Problems problems) {
        problems.add(located(ast, where, text, document, pointer, "'" + value + "' is not a value of "
                + fact.key() + " (allowed: " + String.join(", ", fact.choices().stream().map(c -> c.id()).toList()) + ")"));
    }

    private Problem located(CelAbstractSyntaxTree ast, CelExpr where, String text, Document document, String pointer,
                            String message) {
        int position = ast.getSource().getPositionsMap().getOrDefault(where.id(), 0);
        var location = ast.getSource().getOffsetLocation(position);
        int line = location.map(l -> l.getLine()).orElse(1);
        int column = location.map(l -> l.getColumn()).orElse(0);
        return at(document, pointer, line, column, message);
    }

    private Optional<FactDefinition> factOf(CelAbstractSyntaxTree ast, CelExpr expr) {
        return ast.getReference(expr.id()).flatMap(reference -> dictionary.find(reference.name()));
    }

    private boolean isStateList(CelAbstractSyntaxTree ast, CelExpr expr) {
        return ast.getReference(expr.id()).map(reference -> STATE_LISTS.contains(reference.name())).orElse(false);
    }

    private static Optional<String> stringConstant(CelExpr expr) {
        if (expr.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                && expr.constant().getKind() == CelConstant.Kind.STRING_VALUE) {
            return Optional.of(expr.constant().stringValue());
        }
        return Optional.empty();
    }

    /** CEL lines are 1-based and columns 0-based; problems are 1-based in the file. */
    private static Problem at(Document document, String pointer, int line, int column, String message) {
        Location location = document.locateInString(pointer, Math.max(line, 1), Math.max(column, 0) + 1);
        return new Problem(document.name(), location.line(), location.column(), message);
    }

    private static int offset(String text, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return -1;
            }
        }
        return offset + column;
    }
}
