package org.asylon.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what. Anonymous visitors read the public register and its API; everything else
 * needs an account. CSRF protection on every state change, a strict Content-Security-Policy
 * (nothing inline, nothing from elsewhere), and login throttling.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, ApiTokens tokens) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/deployments").hasAnyRole("ASSESSOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/deployments", "/api/v1/deployments/*")
                        .hasAnyRole("VIEWER", "REVIEWER", "ASSESSOR", "ADMIN")
                        .requestMatchers("/deployments/new/**", "/deployments/*/edit/**", "/deployments/*/review/request")
                        .hasAnyRole("ASSESSOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/deployments/*/assessments").hasAnyRole("ASSESSOR", "ADMIN")
                        .requestMatchers("/deployments/*/review/decide").hasAnyRole("REVIEWER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/", "/register", "/register.csv", "/register.json", "/compare", "/glossary", "/deployments/*", "/deployments/*/report.*", "/assets/**", "/login", "/setup",
                                "/api/v1/public/**", "/api/openapi.json", "/api/openapi.json/**", "/api/docs", "/api/swagger-ui/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/setup").permitAll()
                        .requestMatchers(HttpMethod.GET, "/plain", "/plain/*", "/plain/*/letter").permitAll()
                        .requestMatchers(HttpMethod.POST, "/plain/*/letter").permitAll()
                        .requestMatchers(HttpMethod.POST, "/requests/**").hasAnyRole("ASSESSOR", "ADMIN")
                        .requestMatchers("/requests/new").hasAnyRole("ASSESSOR", "ADMIN")
                        .requestMatchers("/audits", "/audits/**").hasAnyRole("ASSESSOR", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/register").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/register"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                // Token requests carry no cookies, so there is no session to forge requests against;
                // a request letter changes nothing and must not open a session.
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::presentsToken)
                        .ignoringRequestMatchers("/plain/*/letter"))
                // The API answers 401; pages send people to sign in.
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED),
                                request -> request.getRequestURI().startsWith("/api/"))
                        .defaultAuthenticationEntryPointFor(
                                new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
                                request -> !request.getRequestURI().startsWith("/api/")))
                .addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Refuses sign-in attempts for an account that is temporarily locked. */
    static final class ThrottleFilter extends OncePerRequestFilter {
        private final LoginThrottle throttle;

        ThrottleFilter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
                    && throttle.isLocked(request.getParameter("username"))) {
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
