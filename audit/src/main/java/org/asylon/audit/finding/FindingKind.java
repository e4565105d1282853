package org.asylon.audit.finding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.core.document.Document;
import org.asylon.core.document.Nodes;
import org.asylon.core.finding.Severity;
import tools.jackson.databind.JsonNode;

/** A kind of audit finding as defined in {@code findings.yaml}: its severity, title and legal basis. */
public record FindingKind(String kind, Severity severity, String title, List<String> legalBasis) {

    public static final String RESOURCE = "/org/asylon/audit/finding/findings.yaml";

    private static final Map<String, FindingKind> KINDS = load();

    public FindingKind {
        legalBasis = List.copyOf(legalBasis);
    }

    public static FindingKind of(String kind) {
        FindingKind found = KINDS.get(kind);
        if (found == null) {
            throw new IllegalArgumentException("no finding kind '" + kind + "' in " + RESOURCE);
        }
        return found;
    }

    public static Map<String, FindingKind> all() {
        return KINDS;
    }

    private static Map<String, FindingKind> load() {
        try (InputStream in = FindingKind.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Document document = Document.parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Document.Format.YAML);
            Map<String, FindingKind> kinds = new LinkedHashMap<>();
            for (JsonNode node : Nodes.items(document.root(), "kinds")) {
                String kind = Nodes.text(node, "kind");
                kinds.put(kind, new FindingKind(kind, Severity.fromId(Nodes.text(node, "severity")),
                        Nodes.text(node, "title"), Nodes.texts(node, "legalBasis")));
            }
            return Map.copyOf(kinds);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
