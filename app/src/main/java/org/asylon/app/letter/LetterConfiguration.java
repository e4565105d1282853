package org.asylon.app.letter;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request knowledge, read once at start from {@code knowledge/requests} (unless {@code asylon serve} has read it). */
@Configuration(proxyBeanMethods = false)
public class LetterConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RequestCatalogue requestCatalogue(@Value("${asylon.knowledge}") String directory) {
        return RequestCatalogueReader.read(Path.of(directory));
    }
}
