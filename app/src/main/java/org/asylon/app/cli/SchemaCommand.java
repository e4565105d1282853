package org.asylon.app.cli;

import java.util.concurrent.Callable;
import org.asylon.core.profile.ProfileSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asylon schema profile}: prints the profile JSON Schema generated from the fact dictionary. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print a generated JSON Schema (profile: from the fact dictionary).")
final class SchemaCommand implements Callable<Integer> {

    @Parameters(paramLabel = "KIND", description = "profile")
    String kind;

    @Mixin
    KnowledgeOption knowledge;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!kind.equals("profile")) {
            throw new UsageException("unknown schema '" + kind + "'; generated schemas: profile");
        }
        spec.commandLine().getOut().print(ProfileSchema.generate(knowledge.loadEnglish().facts()));
        return 0;
    }
}
