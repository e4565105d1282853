package org.asylon.app.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * First start creates no default password. With {@code ASYLON_ADMIN_PASSWORD} set, the
 * administrator account {@code admin} is created from it; otherwise a one-time token is printed
 * to the console and the administrator is created at {@code /setup} with it.
 */
@Component
@org.springframework.core.annotation.Order(1)
public class AdminSetup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminSetup.class);
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String initialPassword;
    private final AtomicReference<String> token = new AtomicReference<>();

    public AdminSetup(AccountRepository accounts, PasswordEncoder encoder, Clock clock,
                      @Value("${ASYLON_ADMIN_PASSWORD:}") String initialPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        if (!initialPassword.isBlank()) {
            createAdmin("admin", initialPassword);
            LOG.info("Administrator 'admin' created from ASYLON_ADMIN_PASSWORD");
            return;
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        token.set(HexFormat.of().formatHex(bytes));
        LOG.warn("No account exists yet. Create the administrator at /setup with this one-time token: {}", token.get());
    }

    public boolean setupOpen() {
        return token.get() != null;
    }

    /** Creates the administrator if the token matches; the token then expires. */
    public synchronized boolean complete(String offeredToken, String username, String password) {
        String expected = token.get();
        if (expected == null || offeredToken == null
                || !java.security.MessageDigest.isEqual(expected.getBytes(), offeredToken.getBytes())) {
            return false;
        }
        createAdmin(username, password);
        token.set(null);
        return true;
    }

    private void createAdmin(String username, String password) {
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password too short");
        }
        accounts.create(username, encoder.encode(password), Role.ADMIN, clock.instant());
    }
}
