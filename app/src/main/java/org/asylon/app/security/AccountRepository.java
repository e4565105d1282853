package org.asylon.app.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** Accounts, with passwords stored only as adaptive hashes. */
@Repository
public class AccountRepository implements UserDetailsService {

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from account").query(Long.class).single() == 0;
    }

    public void create(String username, String passwordHash, Role role, Instant at) {
        jdbc.sql("insert into account (username, password_hash, role, created_at) values (?, ?, ?, ?)")
                .params(username, passwordHash, role.id(), Timestamp.from(at))
                .update();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String hash, String role) {
        }
        Optional<Row> row = jdbc.sql("select username, password_hash, role from account where username = ?")
                .param(username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
        return row.map(r -> User.withUsername(r.username()).password(r.hash())
                        .roles(r.role().toUpperCase(java.util.Locale.ROOT)).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
