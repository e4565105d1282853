package org.asylon.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.asylon.core.fact.Choice;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.Section;
import org.asylon.core.knowledge.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code asylon facts}: the fact dictionary, by section, with types and allowed values. */
@Command(name = "facts", mixinStandardHelpOptions = true, description = "List every fact a profile can state.")
final class FactsCommand implements Callable<Integer> {

    @Mixin
    KnowledgeOption knowledge;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeBase base = knowledge.loadEnglish();
        PrintWriter out = spec.commandLine().getOut();
        for (Section section : base.facts().sections()) {
            out.println("## " + section.title() + " (" + section.id() + ")");
            for (FactDefinition fact : base.facts().inSection(section.id())) {
                String values = fact.choices().isEmpty() ? ""
                        : " [" + String.join(", ", fact.choices().stream().map(Choice::id).toList()) + "]";
                out.println("  " + fact.key() + " : " + fact.type().id() + values + (fact.derived() ? " (derived)" : "")
                        + " — " + fact.label());
            }
        }
        return 0;
    }
}
