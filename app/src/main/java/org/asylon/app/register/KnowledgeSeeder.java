package org.asylon.app.register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.asylon.core.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On first start, fills the empty register with the documented deployments, published and approved. */
@Component
@org.springframework.core.annotation.Order(2)
public class KnowledgeSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeSeeder.class);

    private final RegisterRepository repository;
    private final RegisterService register;
    private final KnowledgeBase knowledge;

    public KnowledgeSeeder(RegisterRepository repository, RegisterService register, KnowledgeBase knowledge) {
        this.repository = repository;
        this.register = register;
        this.knowledge = knowledge;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!repository.isEmpty()) {
            return;
        }
        Path cases = knowledge.directory().resolve("cases");
        if (!Files.isDirectory(cases)) {
            return;
        }
        int count = 0;
        try (Stream<Path> files = Files.list(cases)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String id = register.importProfile(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), true,
                        "knowledge base").id();
                // The documented deployments are reviewed in the repository, like code.
                repository.approveAsSeeded(id);
                count++;
            }
        }
        LOG.info("Register seeded with {} documented deployments", count);
    }
}
