package org.asylon.app.platform;

import java.nio.file.Path;
import java.time.Clock;
import org.asylon.core.engine.Engine;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.asylon.report.Citations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The knowledge base and engine, loaded once at start, shared by every feature. {@code asylon serve}
 * hands in the knowledge base it has already read ({@link AsylonPlatform#start}); else it is read here.
 */
@Configuration(proxyBeanMethods = false)
public class KnowledgeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KnowledgeBase knowledgeBase(@Value("${asylon.knowledge}") String directory) {
        return KnowledgeLoader.load(Path.of(directory));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Engine engine(KnowledgeBase knowledge, Clock clock) {
        return new Engine(knowledge, clock);
    }

    @Bean
    Citations citations(KnowledgeBase knowledge) {
        return new Citations(knowledge.catalogue());
    }
}
