package org.asylon.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.asylon.app.register.RegisterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The register keeps pages between requests; a published, edited or approved deployment must
 * still show on the very next request. Each check first loads the page, so it is held, then
 * changes the deployment, then loads it again. Expected counts are read from the database.
 */
@SpringBootTest(classes = AsylonPlatform.class)
@AutoConfigureMockMvc
class RegisterFreshnessTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlatform.properties(registry);
    }

    static final String PROFILE = EditingTest.PROFILE.replace("test-phone-search", "test-fresh-gates")
            .replace("Phone searches at a test border", "Fresh gates at a test airport").replace("[DE]", "[LI]");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterService register;

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long published() {
        return jdbc.sql("select count(*) from deployment where published").query(Long.class).single();
    }

    @Test
    void aPublishedDeploymentAppearsAtOnceInEveryHeldPage() throws Exception {
        String before = page(get("/register"));
        assertThat(before).contains(published() + " deployments.").doesNotContain("value=\"LI\"");
        assertThat(page(get("/register").param("q", "fresh gates"))).contains("No deployments match.");

        register.importProfile("test-fresh-gates.yaml", PROFILE, true, "ada");

        assertThat(page(get("/register"))).contains(published() + " deployments.").contains("value=\"LI\"");
        assertThat(page(get("/register").param("q", "fresh gates")))
                .contains("One deployment.").contains("Fresh gates at a test airport");
        assertThat(page(get("/register").param("jurisdiction", "LI"))).contains("Fresh gates at a test airport");
    }

    @Test
    void anEditedNameAndAnUnpublishedDraftShowAtOnceToTheTeam() throws Exception {
        String id = "test-fresh-draft";
        String profile = PROFILE.replace("test-fresh-gates", id).replace("Fresh gates", "Draft gates").replace("[LI]", "[DE]");
        assertThat(page(get("/register").with(EditingTest.ASSESSOR).param("q", "gates at a test airport"))).doesNotContain("Draft gates");

        mvc.perform(post("/deployments/new/yaml").with(EditingTest.ASSESSOR).with(csrf()).param("profile", profile))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/register").with(EditingTest.ASSESSOR).param("q", "gates at a test airport"))).contains("Draft gates");
        // Not published: the public register, held before, still does not list it.
        assertThat(page(get("/register").param("q", "draft gates"))).contains("No deployments match.");

        int version = jdbc.sql("select version from deployment where id = ?").param(id).query(Integer.class).single();
        mvc.perform(post("/deployments/" + id + "/edit/yaml").with(EditingTest.ASSESSOR).with(csrf())
                        .param("profile", profile.replace("Draft gates", "Renamed gates")).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/register").with(EditingTest.ASSESSOR).param("q", "gates at a test airport")))
                .contains("Renamed gates").doesNotContain("Draft gates");
    }

    /** Anonymous register pages are kept as rendered text: per language, and never with anything of a visitor. */
    @Test
    void heldPublicPagesFollowTheLanguageAndCarryNoFormToken() throws Exception {
        String english = page(get("/register").param("sort", "severity"));
        String arabic = page(get("/register").param("sort", "severity").param("lang", "ar"));
        assertThat(english).contains("lang=\"en\"").doesNotContain("_csrf");
        assertThat(arabic).contains("dir=\"rtl\"").doesNotContain("_csrf");
        assertThat(page(get("/register").param("sort", "severity"))).isEqualTo(english);
        // Rendered to text, the page is still escaped as the template engine's views are.
        assertThat(page(get("/register").param("q", "<em>x</em>"))).doesNotContain("<em>x</em>").contains("value=\"&lt;em>x&lt;/em>\"");
        // A signed-in member gets the team's page (with the sign-out form's token), not the held public one.
        assertThat(page(get("/register").param("sort", "severity").with(EditingTest.ASSESSOR))).contains("_csrf").isNotEqualTo(english);
    }

    @Test
    void anAnonymousVisitorOfTheRegisterGetsNoSession() throws Exception {
        assertThat(mvc.perform(get("/register")).andExpect(status().isOk()).andReturn().getRequest().getSession(false)).isNull();
        // A page with a form still gets its token, and with it a session.
        assertThat(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getRequest().getSession(false)).isNotNull();
    }
}
