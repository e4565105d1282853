package org.asylon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.asylon.core.engine.Engine;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.asylon.core.profile.Profile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Profile × instrument evaluations per second on one thread (one core). Each operation
 * evaluates the next pair of (documented case, shipped instrument), cycling through all pairs,
 * including reading the profile's facts into variables; so the score is pairs per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    @Param("knowledge")
    public String knowledgeDirectory;

    private Engine engine;
    private List<Profile> profiles;
    private List<Instrument> instruments;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path directory = Path.of(knowledgeDirectory);
        KnowledgeBase knowledge = KnowledgeLoader.load(directory);
        engine = new Engine(knowledge, Clock.systemUTC());
        instruments = knowledge.allInstruments();
        profiles = new ArrayList<>();
        try (Stream<Path> cases = Files.list(directory.resolve("cases"))) {
            for (Path file : cases.sorted().toList()) {
                profiles.add(knowledge.profileReader().read(file));
            }
        }
        System.out.printf("%n%d profiles x %d instruments (%d rules)%n", profiles.size(), instruments.size(),
                instruments.stream().mapToInt(i -> i.rules().size()).sum());
    }

    @Benchmark
    public AssessmentResult profileTimesInstrument() {
        int pair = next;
        next = (next + 1) % (profiles.size() * instruments.size());
        return engine.assess(profiles.get(pair / instruments.size()), instruments.get(pair % instruments.size()));
    }
}
