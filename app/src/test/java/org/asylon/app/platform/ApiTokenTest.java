package org.asylon.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Personal API tokens: shown once, stored hashed, scoped by role, revocable. */
@SpringBootTest(classes = AsylonPlatform.class)
@AutoConfigureMockMvc
class ApiTokenTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlatform.properties(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String createToken(RequestPostProcessor who, String role) throws Exception {
        String page = mvc.perform(post("/account/tokens").with(who).with(csrf()).param("name", "script").param("role", role))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher matcher = Pattern.compile("<code id=\"new-token\">(asy_[A-Za-z0-9_-]+)</code>").matcher(page);
        assertThat(matcher.find()).as("the new token is shown once").isTrue();
        return matcher.group(1);
    }

    @Test
    void anAssessorTokenAddsADeploymentAndAViewerTokenOnlyReads() throws Exception {
        String assessor = createToken(user("ada").roles("ASSESSOR"), "assessor");
        // Only a digest is stored.
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(assessor).query(Long.class).single()).isZero();
        mvc.perform(post("/api/v1/deployments").header("Authorization", "Bearer " + assessor).contentType("application/yaml")
                        .content("id: token-made\nname: Made through the API\njurisdictions: [ES]\n"))
                .andExpect(status().isCreated()).andExpect(header().string("Location", "/api/v1/deployments/token-made"));
        mvc.perform(post("/api/v1/deployments").header("Authorization", "Bearer " + assessor).contentType("application/yaml")
                        .content("id: broken\nname: Broken\nfacts:\n  processing:\n    profilng: true\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Invalid profile"))
                .andExpect(jsonPath("$.problems[0].line").value(5))
                .andExpect(jsonPath("$.problems[0].message").value("unknown fact 'processing.profilng'; did you mean 'processing.profiling'?"));

        String viewer = createToken(user("vic").roles("VIEWER"), "viewer");
        mvc.perform(get("/api/v1/deployments/token-made").header("Authorization", "Bearer " + viewer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.results").isArray());
        mvc.perform(post("/api/v1/deployments").header("Authorization", "Bearer " + viewer).contentType("application/yaml")
                .content("id: nope\nname: No\n")).andExpect(status().isForbidden());
    }

    @Test
    void aTokenCannotCarryARoleItsCreatorLacksAndRevokedTokensStopWorking() throws Exception {
        mvc.perform(post("/account/tokens").with(user("vic").roles("VIEWER")).with(csrf()).param("name", "x").param("role", "admin"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from api_token where username = 'vic' and role = 'admin'").query(Long.class).single()).isZero();
        String token = createToken(user("rita").roles("REVIEWER"), "reviewer");
        mvc.perform(get("/api/v1/deployments").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        long id = jdbc.sql("select id from api_token where username = 'rita'").query(Long.class).single();
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(user("rita").roles("REVIEWER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/deployments").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value("unknown or revoked API token"));
        mvc.perform(get("/api/v1/deployments")).andExpect(status().isUnauthorized());
    }
}
