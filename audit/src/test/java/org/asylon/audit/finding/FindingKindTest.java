package org.asylon.audit.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FindingKindTest {

    @Test
    void everyLegalBasisIsAProvisionOfTheCatalogue() throws Exception {
        Set<String> provisions = new HashSet<>();
        Pattern id = Pattern.compile("^\\s*- id: ([a-z0-9-]+)\\s*$", Pattern.MULTILINE);
        try (Stream<Path> files = Files.list(Path.of("..", "knowledge", "catalogue", "provisions"))) {
            for (Path file : files.toList()) {
                Matcher matcher = id.matcher(Files.readString(file));
                while (matcher.find()) {
                    provisions.add(matcher.group(1));
                }
            }
        }
        assertThat(FindingKind.all()).isNotEmpty();
        for (FindingKind kind : FindingKind.all().values()) {
            assertThat(provisions).as(kind.kind()).containsAll(kind.legalBasis());
        }
        assertThat(FindingKind.of("disparate-outcomes").legalBasis())
                .containsExactlyInAnyOrder("icerd-1-1", "iccpr-26", "echr-14", "charter-21", "gdpr-5-1-a",
                        "ai-act-10-2-f", "ai-act-10-2-g");
        assertThat(FindingKind.of("differential-error-rates").legalBasis()).contains("ai-act-15");
    }
}
