package org.asylon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asylon.app.letter.RequestCatalogue;
import org.asylon.app.letter.RequestCatalogueReader;
import org.asylon.app.platform.AsylonPlatform;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code asylon serve} reads the knowledge once: bad knowledge is reported with its location
 * before anything starts, and the platform runs on the knowledge the command read.
 */
class ServeCommandTest {

    @TempDir
    Path temp;

    private static int serve(Path knowledge, Path data, StringWriter err) {
        return AsylonCli.run(new String[] {"serve", "--port", "0", "--data", data.toString(), "--knowledge", knowledge.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void badKnowledgeIsExitTwoWithFileLineAndColumn() throws IOException {
        Path knowledge = Cli.copyOfKnowledge(temp);
        Path glossary = knowledge.resolve("catalogue/glossary.yaml");
        Files.writeString(glossary, Files.readString(glossary).replaceFirst("related: \\[artificial-intelligence,",
                "related: [no-such-term,"));
        StringWriter err = new StringWriter();
        assertThat(serve(knowledge, temp.resolve("data"), err)).isEqualTo(2);
        assertThat(err.toString()).containsPattern("glossary\\.yaml:\\d+:\\d+: .*no-such-term");
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void badRequestKnowledgeIsExitTwoWithFileLineAndColumn() throws IOException {
        Path knowledge = Cli.copyOfKnowledge(temp);
        Path regimes = knowledge.resolve("requests/regimes.yaml");
        Files.writeString(regimes, Files.readString(regimes).replaceFirst("act: gdpr", "act: no-such-act"));
        StringWriter err = new StringWriter();
        assertThat(serve(knowledge, temp.resolve("data"), err)).isEqualTo(2);
        assertThat(err.toString()).containsPattern("letters/en\\.yaml:\\d+:\\d+: no citation for act 'no-such-act'");
    }

    @Test
    void thePlatformRunsOnTheKnowledgeItIsGiven() {
        KnowledgeBase knowledge = KnowledgeLoader.load(Cli.KNOWLEDGE);
        RequestCatalogue requests = RequestCatalogueReader.read(Cli.KNOWLEDGE);
        try (ConfigurableApplicationContext platform = AsylonPlatform.start(knowledge, requests, "--server.port=0",
                "--asylon.data=" + temp.resolve("data"), "--asylon.knowledge=" + Cli.KNOWLEDGE.toAbsolutePath())) {
            assertThat(platform.getBean(KnowledgeBase.class)).isSameAs(knowledge);
            assertThat(platform.getBean(RequestCatalogue.class)).isSameAs(requests);
        }
    }
}
