package org.asylon.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every endpoint for every role and for anonymous visitors: allowed (the page or API answers) or
 * denied (sent to sign in, or refused) exactly as designed.
 */
@SpringBootTest(classes = AsylonPlatform.class)
@AutoConfigureMockMvc
class AccessMatrixTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlatform.properties(registry);
    }

    /**
     * What happens: A = allowed, R = allowed (redirect back to the page), F = allowed (redirect back to
     * the form or list it came from), L = sent to sign in,
     * U = unauthorised (401, for the API), D = denied (403), N = allowed, but there is no such thing (404).
     */
    record Row(String method, String path, String expected) {
    }

    static final List<String> WHO = List.of("anonymous", "viewer", "reviewer", "assessor", "admin");
    static final String ID = "de-bamf-phone-data-extraction";
    static final long NO_RUN = 999_999;

    // Columns: anonymous, viewer, reviewer, assessor, admin.
    static final List<Row> MATRIX = List.of(
            new Row("GET", "/register", "AAAAA"),
            new Row("GET", "/register.csv", "AAAAA"),
            new Row("GET", "/register.json", "AAAAA"),
            new Row("GET", "/compare?technology=phone-data-extraction", "AAAAA"),
            new Row("GET", "/deployments/" + ID, "AAAAA"),
            new Row("GET", "/deployments/" + ID + "/report.md", "AAAAA"),
            new Row("GET", "/deployments/" + ID + "/report.json", "AAAAA"),
            new Row("GET", "/api/v1/public/deployments", "AAAAA"),
            new Row("GET", "/api/v1/public/deployments/" + ID, "AAAAA"),
            new Row("GET", "/api/v1/public/instruments", "AAAAA"),
            new Row("GET", "/api/openapi.json", "AAAAA"),
            new Row("GET", "/login", "AAAAA"),
            new Row("GET", "/assets/asylon.css", "AAAAA"),
            new Row("GET", "/plain", "AAAAA"),
            new Row("GET", "/plain/" + ID, "AAAAA"),
            new Row("GET", "/plain/" + ID + "/letter", "AAAAA"),
            new Row("POST", "/plain/" + ID + "/letter", "AAAAA"),
            new Row("GET", "/requests", "LAAAA"),
            new Row("GET", "/requests/new", "LDDAA"),
            new Row("POST", "/requests", "LDDAA"),
            new Row("GET", "/deployments/" + ID + "/history", "LAAAA"),
            new Row("GET", "/account/tokens", "LAAAA"),
            new Row("GET", "/api/v1/deployments", "UAAAA"),
            new Row("GET", "/api/v1/deployments/" + ID, "UAAAA"),
            new Row("GET", "/deployments/new", "LDDAA"),
            new Row("GET", "/deployments/" + ID + "/edit", "LDDAA"),
            new Row("POST", "/deployments/new", "LDDAA"),
            new Row("POST", "/deployments/" + ID + "/edit", "LDDAA"),
            new Row("POST", "/deployments/" + ID + "/review/request", "LDDRR"),
            new Row("POST", "/deployments/" + ID + "/review/decide", "LDRDR"),
            new Row("GET", "/deployments/new/yaml", "LDDAA"),
            new Row("GET", "/deployments/" + ID + "/edit/yaml", "LDDAA"),
            new Row("POST", "/deployments/new/yaml", "LDDAA"),
            new Row("POST", "/deployments/" + ID + "/edit/yaml", "LDDAA"),
            new Row("POST", "/deployments/new/draft", "LDDFF"),
            new Row("POST", "/deployments/" + ID + "/edit/draft", "LDDFF"),
            new Row("POST", "/deployments/new/draft/discard", "LDDFF"),
            new Row("POST", "/deployments/" + ID + "/edit/draft/discard", "LDDFF"),
            new Row("GET", "/deployments/" + ID + "/assessments", "LAAAA"),
            new Row("POST", "/deployments/" + ID + "/assessments", "LDDFF"),
            new Row("GET", "/glossary", "AAAAA"),
            new Row("GET", "/audits", "LDDAA"),
            new Row("POST", "/audits", "LDDAA"),
            new Row("GET", "/audits/" + NO_RUN + "/mapping", "LDDNN"),
            new Row("POST", "/audits/" + NO_RUN + "/mapping", "LDDNN"),
            new Row("GET", "/audits/" + NO_RUN, "LDDNN"),
            new Row("POST", "/audits/" + NO_RUN + "/spec", "LDDNN"),
            new Row("POST", "/audits/" + NO_RUN + "/attach", "LDDNN"),
            new Row("GET", "/audits/" + NO_RUN + "/report.pdf", "LDDNN"));

    @Autowired
    MockMvc mvc;

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : MATRIX) {
            for (int i = 0; i < WHO.size(); i++) {
                String who = WHO.get(i);
                char expected = row.expected().charAt(i);
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + who + " → " + expected, () -> {
                    MockHttpServletRequestBuilder request = row.method().equals("GET") ? get(row.path())
                            : post(row.path()).with(csrf()).param("profile", "not: [valid").param("version", "0")
                                    .param("decision", "return").param("revision", "1");
                    if (!who.equals("anonymous")) {
                        request.with(role(who));
                    }
                    var response = mvc.perform(request).andReturn().getResponse();
                    int status = response.getStatus();
                    String location = response.getHeader("Location");
                    switch (expected) {
                        // Allowed: anything but a refusal or a redirect to sign in (a bad form is 422, still allowed).
                        case 'A' -> assertThat(status).as("status").isIn(200, 409, 422);
                        case 'R' -> assertThat(location).as("redirect").isNotNull().endsWith("/deployments/" + ID);
                        case 'F' -> assertThat(location).as("redirect").isNotNull().doesNotEndWith("/login")
                                .contains("/deployments/");
                        case 'L' -> assertThat(location).as("redirect").isNotNull().endsWith("/login");
                        case 'U' -> assertThat(status).as("status").isEqualTo(401);
                        case 'D' -> assertThat(status).as("status").isEqualTo(403);
                        case 'N' -> assertThat(status).as("status").isEqualTo(404);
                        default -> throw new IllegalStateException(String.valueOf(expected));
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static RequestPostProcessor role(String who) {
        return user(who).roles(who.toUpperCase(java.util.Locale.ROOT));
    }
}
