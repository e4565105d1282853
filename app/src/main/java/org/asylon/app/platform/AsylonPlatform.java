package org.asylon.app.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The web platform: register, assessments, public pages and the REST API. */
@SpringBootApplication(scanBasePackages = "org.asylon.app")
public class AsylonPlatform {

    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(AsylonPlatform.class, args);
    }
}
