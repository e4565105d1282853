package org.asylon.app.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.asylon.core.document.Digests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens. A token is 32 random bytes; only its SHA-256 is stored, so a leaked
 * database reveals no usable token. Each token carries one role, at most the creator's.
 */
@Repository
public class ApiTokens {

    static final String PREFIX = "asy_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as listed to its owner (never the token itself). */
    public record Listed(long id, String name, String role, Instant createdAt, Instant lastUsedAt, boolean revoked) {
    }

    /** Who a presented token stands for. */
    public record Holder(String username, Role role) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a token and returns it; this is the only time it is seen. */
    public String create(String username, String name, Role role) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (username, name, token_hash, role, created_at) values (?, ?, ?, ?, ?)")
                .params(username, name, Digests.sha256(token), role.id(), Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    public Optional<Holder> holder(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = Digests.sha256(token);
        Optional<Holder> holder = jdbc.sql("select username, role from api_token where token_hash = ? and not revoked")
                .param(hash)
                .query((rs, n) -> new Holder(rs.getString(1), Role.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT))))
                .optional();
        holder.ifPresent(h -> jdbc.sql("update api_token set last_used_at = ? where token_hash = ?")
                .params(Timestamp.from(clock.instant()), hash).update());
        return holder;
    }

    public List<Listed> of(String username) {
        return jdbc.sql("select id, name, role, created_at, last_used_at, revoked from api_token where username = ? order by id")
                .param(username)
                .query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
                .list();
    }

    public boolean revoke(String username, long id) {
        return jdbc.sql("update api_token set revoked = true where id = ? and username = ?").params(id, username).update() == 1;
    }
}
