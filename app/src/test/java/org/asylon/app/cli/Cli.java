package org.asylon.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it prints. */
record Cli(int exitCode, String out, String err) {

    static final Path KNOWLEDGE = Path.of("..", "knowledge");

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withKnowledge = new String[args.length + 2];
        System.arraycopy(args, 0, withKnowledge, 0, args.length);
        // Options after the command: picocli accepts them anywhere among its parameters.
        withKnowledge[args.length] = "--knowledge";
        withKnowledge[args.length + 1] = KNOWLEDGE.toString();
        int code = AsylonCli.run(withKnowledge, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }

    /** A copy of the project's knowledge in {@code directory}/knowledge, to break on purpose. */
    static Path copyOfKnowledge(Path directory) throws java.io.IOException {
        Path target = directory.resolve("knowledge");
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(KNOWLEDGE)) {
            for (Path source : walk.toList()) {
                Path copy = target.resolve(KNOWLEDGE.relativize(source).toString());
                if (java.nio.file.Files.isDirectory(source)) {
                    java.nio.file.Files.createDirectories(copy);
                } else {
                    java.nio.file.Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    static Path caseFile(String id) {
        return KNOWLEDGE.resolve("cases").resolve(id + ".yaml");
    }
}
