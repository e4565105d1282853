package org.asylon.app.letter;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request knowledge, read once at start from {@code knowledge/requests}. */
@Configuration(proxyBeanMethods = false)
public class LetterConfiguration {

    @Bean
    RequestCatalogue requestCatalogue(@Value("${asylon.knowledge}") String directory) {
        return RequestCatalogueReader.read(Path.of(directory));
    }
}
