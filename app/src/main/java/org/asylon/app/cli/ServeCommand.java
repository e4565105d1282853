package org.asylon.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.asylon.app.letter.RequestCatalogue;
import org.asylon.app.letter.RequestCatalogueReader;
import org.asylon.app.platform.AsylonPlatform;
import org.asylon.core.knowledge.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code asylon serve}: starts the web platform (the only command that starts the web framework). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web platform on the embedded database (or --db) at http://localhost:PORT.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory of the embedded database (default: ./data).")
    Path data;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of an external PostgreSQL server instead of the embedded one"
            + " (user and password from ASYLON_DB_USERNAME and ASYLON_DB_PASSWORD).")
    String db;

    @Mixin
    KnowledgeOption knowledge;

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--asylon.knowledge=" + knowledge.resolve().toAbsolutePath());
        if (data != null) {
            args.add("--asylon.data=" + data.toAbsolutePath());
        }
        if (db != null) {
            args.add("--asylon.db.url=" + db);
        }
        String user = System.getenv("ASYLON_DB_USERNAME");
        if (user != null) {
            args.add("--asylon.db.username=" + user);
        }
        String password = System.getenv("ASYLON_DB_PASSWORD");
        if (password != null) {
            args.add("--asylon.db.password=" + password);
        }
        // Read once, here, so that bad knowledge is reported as located input errors (exit 2) before anything starts.
        KnowledgeBase knowledgeBase = knowledge.load();
        RequestCatalogue requests = RequestCatalogueReader.read(knowledgeBase.directory());
        AsylonPlatform.start(knowledgeBase, requests, args.toArray(String[]::new));
        Thread.currentThread().join();
        return 0;
    }
}
