package org.asylon.app.platform;

import org.asylon.app.letter.RequestCatalogue;
import org.asylon.core.knowledge.KnowledgeBase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The web platform: register, assessments, public pages and the REST API. */
@SpringBootApplication(scanBasePackages = "org.asylon.app")
public class AsylonPlatform {

    /**
     * Starts the platform on knowledge the caller has already read (and reported problems in), so
     * that start-up reads the knowledge base once; without them, the platform reads
     * {@code asylon.knowledge} itself.
     */
    public static ConfigurableApplicationContext start(KnowledgeBase knowledge, RequestCatalogue requests, String... args) {
        SpringApplication application = new SpringApplication(AsylonPlatform.class);
        application.addInitializers(context -> {
            context.getBeanFactory().registerSingleton("knowledgeBase", knowledge);
            context.getBeanFactory().registerSingleton("requestCatalogue", requests);
        });
        return application.run(args);
    }
}
