package org.asylon.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.knowledge.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code asylon instruments}: the loaded instruments with their versions and sizes. */
@Command(name = "instruments", mixinStandardHelpOptions = true, description = "List the instruments of the knowledge base.")
final class InstrumentsCommand implements Callable<Integer> {

    @Mixin
    KnowledgeOption knowledge;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeBase base = knowledge.loadEnglish();
        PrintWriter out = spec.commandLine().getOut();
        for (Instrument instrument : base.allInstruments()) {
            out.printf("%-24s %-8s %3d rules %2d tests %2d classifications  %s%n", instrument.id(), instrument.version(),
                    instrument.rules().size(), instrument.tests().size(), instrument.classifications().size(), instrument.title());
        }
        out.println("knowledge digest " + base.digest());
        return 0;
    }
}
