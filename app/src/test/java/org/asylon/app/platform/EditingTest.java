package org.asylon.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Adding and revising deployments: roles, located problems, immutable revisions, edit conflicts. */
@SpringBootTest(classes = AsylonPlatform.class)
@AutoConfigureMockMvc
class EditingTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlatform.properties(registry);
    }

    static final String PROFILE = """
            id: test-phone-search
            name: Phone searches at a test border
            jurisdictions: [DE]
            operators: [{ name: Test border police, type: border_guard }]
            facts:
              data:
                device_contents: true
            """;

    static final RequestPostProcessor ASSESSOR = user("ada").roles("ASSESSOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private int version(String id) {
        return jdbc.sql("select version from deployment where id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void anAssessorAddsAndRevisesADeploymentKeepingEveryRevision() throws Exception {
        mvc.perform(post("/deployments/new/yaml").with(ASSESSOR).with(csrf()).param("profile", PROFILE))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/deployments/test-phone-search"));
        assertThat(jdbc.sql("select published from deployment where id = 'test-phone-search'").query(Boolean.class).single()).isFalse();
        // Not published: anonymous visitors do not see it; signed-in people do.
        mvc.perform(get("/deployments/test-phone-search")).andExpect(status().isNotFound());
        mvc.perform(get("/deployments/test-phone-search").with(ASSESSOR)).andExpect(status().isOk());

        String revised = PROFILE + "  necessity:\n    success_share: { value: { count: 36, total: 100 } }\n";
        mvc.perform(post("/deployments/test-phone-search/edit/yaml").with(ASSESSOR).with(csrf())
                        .param("profile", revised).param("version", String.valueOf(version("test-phone-search"))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from profile_revision where deployment_id = 'test-phone-search'")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select profile_yaml from profile_revision where deployment_id = 'test-phone-search' and revision = 1")
                .query(String.class).single()).isEqualTo(PROFILE);
        // A revision updates the register's verdicts; the stored assessment stays with revision 1 until re-run.
        assertThat(jdbc.sql("select distinct revision from assessment where deployment_id = 'test-phone-search'")
                .query(Integer.class).list()).containsExactly(1);
        assertThat(jdbc.sql("select action from audit_event where entity_id = 'test-phone-search' order by id")
                .query(String.class).list()).containsExactly("create", "revise");
        String history = mvc.perform(get("/deployments/test-phone-search/history").with(ASSESSOR).param("from", "1").param("to", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("+  necessity:").contains("--- revision 1").contains("+++ revision 2");
        mvc.perform(get("/deployments/test-phone-search/history")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aSecondEditorBasedOnAnOldVersionGetsAConflictWithADiff() throws Exception {
        String id = "test-conflict";
        String profile = PROFILE.replace("test-phone-search", id);
        mvc.perform(post("/deployments/new/yaml").with(ASSESSOR).with(csrf()).param("profile", profile))
                .andExpect(status().is3xxRedirection());
        int opened = version(id);
        mvc.perform(post("/deployments/" + id + "/edit/yaml").with(ASSESSOR).with(csrf())
                .param("profile", profile.replace("Phone searches", "Phone searches (first edit)")).param("version", String.valueOf(opened)))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/deployments/" + id + "/edit/yaml").with(user("bob").roles("ASSESSOR")).with(csrf())
                        .param("profile", profile.replace("Phone searches", "Phone searches (second edit)"))
                        .param("version", String.valueOf(opened)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("-name: Phone searches (first edit) at a test border")
                .contains("+name: Phone searches (second edit) at a test border");
        assertThat(jdbc.sql("select count(*) from profile_revision where deployment_id = ?").param(id).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void problemsAreShownWithLineAndColumnAndTheTextIsKept() throws Exception {
        String broken = PROFILE.replace("device_contents: true", "device_contens: true");
        String page = mvc.perform(post("/deployments/new/yaml").with(ASSESSOR).with(csrf()).param("profile", broken))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Line 7, column 5: Unknown fact 'data.device_contens'; did you mean 'data.device_contents'?")
                .contains("device_contens: true");
        assertThat(jdbc.sql("select count(*) from deployment where id = 'test-phone-search-broken'").query(Long.class).single()).isZero();
    }

    @Test
    void onlyAssessorsAndAdministratorsEdit() throws Exception {
        mvc.perform(get("/deployments/new")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/deployments/new").with(user("vic").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/deployments/new").with(user("rita").roles("REVIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/deployments/new").with(user("root").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(post("/deployments/new/yaml").with(ASSESSOR).param("profile", PROFILE)).andExpect(status().isForbidden());
    }
}
