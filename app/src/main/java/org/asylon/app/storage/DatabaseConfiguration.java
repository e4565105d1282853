package org.asylon.app.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One SQL dialect everywhere: PostgreSQL. A team sets {@code asylon.db.url} (or {@code --db}) to
 * use its own server; otherwise Asylon starts its embedded one under {@code asylon.data}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    /** The embedded server, or nothing when an external database is configured. */
    public record Server(EmbeddedDatabase embedded) implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    @Bean(destroyMethod = "close")
    Server databaseServer(@Value("${asylon.db.url:}") String url, @Value("${asylon.data}") String data) {
        return new Server(url.isBlank() ? EmbeddedDatabase.start(Path.of(data).resolve("postgres")) : null);
    }

    @Bean
    DataSource dataSource(Server server, @Value("${asylon.db.url:}") String url,
                          @Value("${asylon.db.username:}") String username, @Value("${asylon.db.password:}") String password) {
        HikariConfig config = new HikariConfig();
        if (server.embedded() != null) {
            config.setDataSource(server.embedded().dataSource());
        } else {
            config.setJdbcUrl(url);
            if (!username.isBlank()) {
                config.setUsername(username);
            }
            if (!password.isBlank()) {
                config.setPassword(password);
            }
        }
        config.setMaximumPoolSize(16);
        config.setPoolName("asylon");
        return new HikariDataSource(config);
    }
}
