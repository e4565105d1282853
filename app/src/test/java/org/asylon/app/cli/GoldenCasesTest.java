package org.asylon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.asylon.core.knowledge.Expectation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** Every documented case, through the command line, against its expected outcomes. */
class GoldenCasesTest {

    @TestFactory
    Stream<DynamicTest> everyDocumentedCaseMeetsItsExpectations() {
        List<Expectation> expectations = GoldenCases.all();
        assertThat(expectations).hasSizeGreaterThanOrEqualTo(15);
        return expectations.stream().map(expectation -> DynamicTest.dynamicTest(expectation.caseId(), () -> {
            List<String> args = new ArrayList<>(List.of("assess", "--format", "json"));
            expectation.instruments().keySet().forEach(id -> args.addAll(List.of("--instrument", id)));
            args.add(Cli.caseFile(expectation.caseId()).toString());
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            JsonNode results = GoldenCases.parse(cli.out()).get("results");
            assertThat(results.size()).isEqualTo(expectation.instruments().size());
            for (JsonNode result : results) {
                GoldenCases.check(expectation.caseId(),
                        expectation.instruments().get(result.at("/instrument/id").asString()), result);
            }
        }));
    }
}
