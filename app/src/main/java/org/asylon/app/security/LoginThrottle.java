package org.asylon.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after five failed sign-ins for one account name, further attempts
 * are refused for fifteen minutes. Kept in memory; a restart clears it.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures current = failures.get(key(username));
        return current != null && current.count() >= MAX_FAILURES && current.last().plus(LOCK).isAfter(clock.instant());
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        failures.merge(key(event.getAuthentication().getName()), new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.last().plus(LOCK).isBefore(one.last()) ? 1 : old.count() + 1, one.last()));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
