package org.asylon.app.browser;

import java.io.IOException;
import org.asylon.app.platform.AsylonPlatform;
import org.asylon.app.security.AccountRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a browser test of the team's pages needs: the platform on a random port with a fresh
 * database, the shared Chromium, and the accounts to create people who sign in.
 */
@SpringBootTest(classes = AsylonPlatform.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SignedInBrowserTest {

    static final String PASSWORD = "a long test passphrase";

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        org.asylon.app.platform.TestPlatform.properties(registry);
        registry.add("ASYLON_ADMIN_PASSWORD", () -> PASSWORD);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        BrowserTest.startBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        BrowserTest.stopBrowser();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
