package org.asylon.app.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.core.catalogue.Source;
import org.asylon.core.fact.Claim;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.fact.FactState;
import org.asylon.core.fact.FactType;
import org.asylon.core.fact.Share;
import org.asylon.core.fact.SourceRef;
import org.asylon.core.document.Document;
import org.asylon.core.profile.Operator;
import org.asylon.core.problem.Problem;
import org.asylon.core.profile.Profile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Converts between a profile and the fields of its form. The form owns the identity (name,
 * summary, status, jurisdictions, operators), the profile's own sources and every fact; other
 * parts of the profile (aliases, period, vendors, funding) are carried over unchanged from the
 * revision the form was opened on, so saving through the form loses nothing.
 */
public final class ProfileForms {

    /**
     * A message for one field: a bundle key and its arguments, text from the profile reader, or
     * both (the reader's English text is used where the bundles have no words for the key).
     */
    public record Message(String key, List<Object> args, String text) {
        static Message of(String key, Object... args) {
            return new Message(key, List.of(args), null);
        }

        static Message text(String text) {
            return new Message(null, List.of(), text);
        }

        /** A reader's problem: worded by its kind ({@code problem.<kind>}) where the bundles have it, else its English text. */
        static Message of(Problem problem) {
            return problem.detail() == null ? text(problem.message())
                    : new Message("problem." + problem.detail().kind(), List.copyOf(problem.detail().arguments()), problem.message());
        }
    }

    /** The profile text made from a form, or the problems that kept it from being made, by field. */
    public record Conversion(String yaml, Map<String, List<Message>> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The field that problems outside any form field are reported against. */
    public static final String GENERAL = "general";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Top-level keys in the order profiles are written. */
    private static final List<String> ORDER = List.of("id", "name", "aliases", "summary", "status", "period", "jurisdictions",
            "operators", "vendors", "funding", "sources", "facts");
    private static final List<String> OPERATOR_FIELDS = List.of("name", "type", "jurisdiction");
    private static final List<String> SOURCE_FIELDS = List.of("id", "type", "title", "date", "url");

    private final FactDictionary dictionary;

    public ProfileForms(FactDictionary dictionary) {
        this.dictionary = dictionary;
    }

    // ------------------------------------------------------------------ profile → form

    public FormValues fromProfile(Profile profile) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        put(fields, Fields.ID, profile.id());
        put(fields, Fields.NAME, profile.name());
        put(fields, Fields.SUMMARY, profile.summary());
        put(fields, Fields.STATUS, profile.status());
        put(fields, Fields.JURISDICTIONS, String.join(", ", profile.jurisdictions()));
        List<Operator> operators = profile.operators();
        for (int i = 0; i < operators.size(); i++) {
            put(fields, Fields.operator(i, "name"), operators.get(i).name());
            put(fields, Fields.operator(i, "type"), operators.get(i).type());
            put(fields, Fields.operator(i, "jurisdiction"), operators.get(i).jurisdiction());
        }
        int row = 0;
        for (Source source : profile.sources().values()) {
            put(fields, Fields.source(row, "id"), source.id());
            put(fields, Fields.source(row, "type"), source.type());
            put(fields, Fields.source(row, "title"), source.title());
            put(fields, Fields.source(row, "date"), source.date());
            put(fields, Fields.source(row, "url"), source.url());
            row++;
        }
        for (Fact fact : profile.facts().values()) {
            FactDefinition definition = dictionary.get(fact.key());
            String key = fact.key();
            put(fields, Fields.fact(key, "state"), fact.state().id());
            if (fact.isKnown()) {
                putValue(fields, definition, fact.value());
            }
            put(fields, Fields.fact(key, "confidence"), fact.confidence() == null ? null : fact.confidence().id());
            put(fields, Fields.fact(key, "asOf"), fact.asOf());
            put(fields, Fields.fact(key, "note"), fact.note());
            putReferences(fields, Fields.references(key, -1), fact.sources());
            for (int i = 0; i < fact.claims().size(); i++) {
                Claim claim = fact.claims().get(i);
                put(fields, Fields.claim(key, i, "value"), claimText(definition, claim.value()));
                putReferences(fields, Fields.references(key, i), claim.sources());
                put(fields, Fields.claim(key, i, "note"), claim.note());
            }
        }
        return new FormValues(fields);
    }

    private static void putReferences(Map<String, List<String>> fields, String prefix, List<SourceRef> references) {
        for (int i = 0; i < references.size(); i++) {
            SourceRef ref = references.get(i);
            put(fields, prefix + i + ".id", ref.ref());
            put(fields, prefix + i + ".locator", ref.locator());
            put(fields, prefix + i + ".quote", ref.quote());
        }
    }

    private static void putValue(Map<String, List<String>> fields, FactDefinition definition, Object value) {
        String key = definition.key();
        switch (definition.type()) {
            case SET -> {
                @SuppressWarnings("unchecked")
                List<String> values = (List<String>) value;
                fields.put(Fields.fact(key, "value"), values);
            }
            case SHARE -> {
                Share share = (Share) value;
                if (share.count() != null) {
                    put(fields, Fields.fact(key, "count"), share.count().toString());
                    put(fields, Fields.fact(key, "total"), share.total().toString());
                } else {
                    put(fields, Fields.fact(key, "fraction"), number(share.fraction()));
                }
            }
            default -> put(fields, Fields.fact(key, "value"), scalarText(value));
        }
    }

    private static String claimText(FactDefinition definition, Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Share share) {
            return share.count() != null ? share.count() + "/" + share.total() : number(share.fraction());
        }
        return scalarText(value);
    }

    private static String scalarText(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? "yes" : "no";
        }
        if (value instanceof Double number) {
            return number(number);
        }
        return String.valueOf(value);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void put(Map<String, List<String>> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, List.of(value));
        }
    }

    // ------------------------------------------------------------------ form → profile

    /**
     * Writes the profile the form describes, on top of {@code baseYaml} (the revision the form
     * was opened on, or null for a new deployment). Values that cannot be written at all (a
     * word in a number field) are reported here; everything else is left to the profile reader.
     */
    public Conversion toYaml(FormValues form, String baseYaml) {
        Map<String, List<Message>> errors = new LinkedHashMap<>();
        ObjectNode base = baseYaml == null ? NODES.objectNode() : (ObjectNode) YAML.readTree(baseYaml);
        ObjectNode root = NODES.objectNode();
        for (String key : ORDER) {
            switch (key) {
                case "id" -> text(root, "id", form.value(Fields.ID));
                case "name" -> text(root, "name", form.value(Fields.NAME));
                case "summary" -> text(root, "summary", form.value(Fields.SUMMARY));
                case "status" -> text(root, "status", form.value(Fields.STATUS));
                case "jurisdictions" -> jurisdictions(root, form.value(Fields.JURISDICTIONS));
                case "operators" -> rows(root, "operators", base.path("operators"), form, Fields.OPERATOR, OPERATOR_FIELDS);
                case "sources" -> rows(root, "sources", base.path("sources"), form, Fields.SOURCE, SOURCE_FIELDS);
                case "facts" -> facts(root, form, errors);
                default -> {
                    if (base.has(key)) {
                        root.set(key, base.get(key));
                    }
                }
            }
        }
        // Anything else the base holds is kept, so the profile reader can report it.
        for (var entry : base.properties()) {
            if (!ORDER.contains(entry.getKey())) {
                root.set(entry.getKey(), entry.getValue());
            }
        }
        return new Conversion(errors.isEmpty() ? YAML.writeValueAsString(root) : null, errors);
    }

    private static void text(ObjectNode node, String name, String value) {
        if (!value.isEmpty()) {
            node.put(name, value);
        }
    }

    private static void jurisdictions(ObjectNode root, String value) {
        ArrayNode codes = NODES.arrayNode();
        for (String code : value.split("[,;\\s]+")) {
            if (!code.isBlank()) {
                codes.add(code.strip().toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (!codes.isEmpty()) {
            root.set("jurisdictions", codes);
        }
    }

    /**
     * Repeated rows (operators, sources): the form's fields replace those of the base row at the
     * same position; the base row's other fields (a contact, an author) are kept.
     */
    private static void rows(ObjectNode root, String name, JsonNode base, FormValues form, String prefix, List<String> owned) {
        ArrayNode rows = NODES.arrayNode();
        for (int i = 0; i < form.rows(prefix); i++) {
            ObjectNode row = NODES.objectNode();
            boolean any = false;
            for (String field : owned) {
                String value = form.value(prefix + i + "." + field);
                if (!value.isEmpty()) {
                    row.put(field, value);
                    any = true;
                }
            }
            JsonNode old = base.path(i);
            if (old.isObject() && any) {
                for (var entry : old.properties()) {
                    if (!owned.contains(entry.getKey())) {
                        row.set(entry.getKey(), entry.getValue());
                    }
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        if (!rows.isEmpty()) {
            root.set(name, rows);
        }
    }

    private void facts(ObjectNode root, FormValues form, Map<String, List<Message>> errors) {
        ObjectNode facts = NODES.objectNode();
        for (FactDefinition definition : dictionary.writable()) {
            List<Message> problems = new ArrayList<>();
            JsonNode fact = fact(definition, form, problems);
            if (!problems.isEmpty()) {
                errors.put(definition.key(), problems);
            } else if (fact != null) {
                ObjectNode section = facts.has(definition.section()) ? (ObjectNode) facts.get(definition.section())
                        : facts.putObject(definition.section());
                section.set(definition.name(), fact);
            }
        }
        if (!facts.isEmpty()) {
            root.set("facts", facts);
        }
    }

    /** One fact as written in a profile: a bare value when nothing else is said, else the full form; null when unknown and bare. */
    private JsonNode fact(FactDefinition definition, FormValues form, List<Message> problems) {
        String key = definition.key();
        FactState chosen = state(form.value(Fields.fact(key, "state")));
        if (chosen == null) {
            problems.add(Message.of("form.error.state"));
            return null;
        }
        JsonNode value = value(definition, form, chosen == FactState.KNOWN, problems);
        // Giving a value is saying the fact is known; the state list is only needed for the other states.
        FactState state = value != null && chosen == FactState.UNKNOWN ? FactState.KNOWN : chosen;
        if (state == FactState.KNOWN && value == null && problems.isEmpty()) {
            problems.add(Message.of("form.error.valueNeeded"));
        }
        if (state != FactState.KNOWN && value != null) {
            problems.add(Message.of("form.error.valueWithState", state.id()));
        }
        ArrayNode sources = references(Fields.references(key, -1), form);
        ArrayNode claims = claims(definition, form, problems);
        String confidence = form.value(Fields.fact(key, "confidence"));
        String asOf = form.value(Fields.fact(key, "asOf"));
        String note = form.value(Fields.fact(key, "note"));
        if (!problems.isEmpty()) {
            return null;
        }
        boolean bare = sources.isEmpty() && claims.isEmpty() && confidence.isEmpty() && asOf.isEmpty() && note.isEmpty();
        if (bare && state == FactState.UNKNOWN) {
            return null;
        }
        if (bare && state == FactState.KNOWN && !value.isObject()) {
            return value;
        }
        ObjectNode envelope = NODES.objectNode();
        if (state == FactState.KNOWN) {
            envelope.set("value", value);
        } else {
            envelope.put("state", state.id());
        }
        text(envelope, "confidence", confidence);
        if (!sources.isEmpty()) {
            envelope.set("sources", sources);
        }
        text(envelope, "asOf", asOf);
        text(envelope, "note", note);
        if (!claims.isEmpty()) {
            envelope.set("claims", claims);
        }
        return envelope;
    }

    private static FactState state(String id) {
        if (id.isEmpty()) {
            return FactState.UNKNOWN;
        }
        for (FactState state : FactState.values()) {
            if (state.id().equals(id)) {
                return state;
            }
        }
        return null;
    }

    /** The fact's value from its typed fields, or null when none is given. */
    private static JsonNode value(FactDefinition definition, FormValues form, boolean statedKnown, List<Message> problems) {
        String key = definition.key();
        if (definition.type() == FactType.SET) {
            List<String> values = form.values(Fields.fact(key, "value"));
            if (values.isEmpty() && !statedKnown) {
                return null;
            }
            // Known with nothing ticked: the complete list is empty.
            ArrayNode list = NODES.arrayNode();
            values.forEach(list::add);
            return list;
        }
        if (definition.type() == FactType.SHARE) {
            String count = form.value(Fields.fact(key, "count"));
            String total = form.value(Fields.fact(key, "total"));
            String fraction = form.value(Fields.fact(key, "fraction"));
            if (!count.isEmpty() || !total.isEmpty()) {
                Long c = whole(count, problems);
                Long t = whole(total, problems);
                if (c == null || t == null) {
                    if (problems.isEmpty()) {
                        problems.add(Message.of("form.error.shareBoth"));
                    }
                    return null;
                }
                return share(c, t);
            }
            return fraction.isEmpty() ? null : decimal(fraction, problems);
        }
        String text = form.value(Fields.fact(key, "value"));
        return text.isEmpty() ? null : scalar(definition.type(), text, problems);
    }

    private static JsonNode scalar(FactType type, String text, List<Message> problems) {
        return switch (type) {
            case BOOLEAN -> switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "yes", "true" -> NODES.booleanNode(true);
                case "no", "false" -> NODES.booleanNode(false);
                default -> {
                    problems.add(Message.of("form.error.boolean", text));
                    yield null;
                }
            };
            case INTEGER -> {
                Long number = whole(text, problems);
                yield number == null ? null : NODES.numberNode(number);
            }
            case NUMBER -> decimal(text, problems);
            default -> NODES.stringNode(text);
        };
    }

    private static ObjectNode share(long count, long total) {
        ObjectNode share = NODES.objectNode();
        share.put("count", count);
        share.put("total", total);
        return share;
    }

    private static Long whole(String text, List<Message> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text.replace("_", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(Message.of("form.error.integer", text));
            return null;
        }
    }

    private static JsonNode decimal(String text, List<Message> problems) {
        try {
            return NODES.numberNode(new BigDecimal(text.replace(" ", "")));
        } catch (NumberFormatException e) {
            problems.add(Message.of("form.error.number", text));
            return null;
        }
    }

    /** Source rows under {@code prefix}: an identifier alone, or with its locator and quote, written exactly as typed. */
    private static ArrayNode references(String prefix, FormValues form) {
        ArrayNode sources = NODES.arrayNode();
        for (int i = 0; i < form.rows(prefix); i++) {
            String id = form.value(prefix + i + ".id");
            String locator = form.value(prefix + i + ".locator");
            String quote = form.value(prefix + i + ".quote");
            if (id.isEmpty()) {
                continue;
            }
            if (locator.isEmpty() && quote.isEmpty()) {
                sources.add(id);
            } else {
                ObjectNode ref = sources.addObject();
                ref.put("ref", id);
                text(ref, "locator", locator);
                text(ref, "quote", quote);
            }
        }
        return sources;
    }

    private static ArrayNode claims(FactDefinition definition, FormValues form, List<Message> problems) {
        ArrayNode claims = NODES.arrayNode();
        String key = definition.key();
        String prefix = Fields.fact(key, "claim.");
        for (int i = 0; i < form.rows(prefix); i++) {
            String text = form.value(Fields.claim(key, i, "value"));
            ArrayNode refs = references(Fields.references(key, i), form);
            String note = form.value(Fields.claim(key, i, "note"));
            if (text.isEmpty()) {
                if (!refs.isEmpty() || !note.isEmpty()) {
                    problems.add(Message.of("form.error.claimValue", i + 1));
                }
                continue;
            }
            ObjectNode claim = claims.addObject();
            claim.set("value", claimValue(definition.type(), text, problems));
            if (!refs.isEmpty()) {
                claim.set("sources", refs);
            }
            text(claim, "note", note);
        }
        return claims;
    }

    private static JsonNode claimValue(FactType type, String text, List<Message> problems) {
        if (type == FactType.SET) {
            ArrayNode list = NODES.arrayNode();
            for (String item : text.split("[,;]")) {
                if (!item.isBlank()) {
                    list.add(item.strip());
                }
            }
            return list;
        }
        if (type == FactType.SHARE) {
            int slash = text.indexOf('/');
            if (slash < 0) {
                return decimal(text, problems);
            }
            Long count = whole(text.substring(0, slash).strip(), problems);
            Long total = whole(text.substring(slash + 1).strip(), problems);
            if (count == null || total == null) {
                return NODES.nullNode();
            }
            return share(count, total);
        }
        JsonNode value = scalar(type, text, problems);
        return value == null ? NODES.nullNode() : value;
    }

    // ------------------------------------------------------------------ reader problems → fields

    /**
     * Puts each problem the profile reader found in {@code yaml} (which {@link #toYaml} wrote)
     * next to the form field it concerns: the field whose entry starts last at or before the
     * problem's line. Problems outside any field are reported as {@link #GENERAL}.
     */
    public Map<String, List<Message>> place(List<Problem> problems, String yaml) {
        Document document = Document.parse("profile", yaml, Document.Format.YAML);
        java.util.TreeMap<Integer, String> starts = new java.util.TreeMap<>();
        for (var entry : document.root().properties()) {
            String field = switch (entry.getKey()) {
                case "id", "name", "summary", "status", "jurisdictions", "operators", "sources" -> entry.getKey();
                default -> GENERAL;
            };
            mark(starts, document, "/" + entry.getKey(), field);
        }
        for (var section : document.root().path("facts").properties()) {
            mark(starts, document, "/facts/" + section.getKey(), GENERAL);
            for (var fact : section.getValue().properties()) {
                mark(starts, document, "/facts/" + section.getKey() + "/" + fact.getKey(), section.getKey() + "." + fact.getKey());
            }
        }
        Map<String, List<Message>> placed = new LinkedHashMap<>();
        for (Problem problem : problems) {
            var start = problem.line() > 0 ? starts.floorEntry(problem.line()) : null;
            String field = start == null ? GENERAL : start.getValue();
            placed.computeIfAbsent(field, f -> new ArrayList<>()).add(Message.of(problem));
        }
        return placed;
    }

    private static void mark(java.util.TreeMap<Integer, String> starts, Document document, String pointer, String field) {
        int line = document.locateKey(pointer).line();
        if (line > 0) {
            starts.put(line, field);
        }
    }
}
