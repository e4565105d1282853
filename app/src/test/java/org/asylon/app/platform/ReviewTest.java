package org.asylon.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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

/** Review and sign-off: the approval is bound to the revision approved and withdrawn when it changes. */
@SpringBootTest(classes = AsylonPlatform.class)
@AutoConfigureMockMvc
class ReviewTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlatform.properties(registry);
    }

    static final RequestPostProcessor ADA = user("ada").roles("ASSESSOR");
    static final RequestPostProcessor RITA = user("rita").roles("REVIEWER");
    static final String PROFILE = """
            id: review-case
            name: A case to review
            jurisdictions: [FR]
            facts:
              processing:
                profiling: true
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String state() {
        return jdbc.sql("select review_state from deployment where id = 'review-case'").query(String.class).single();
    }

    private String version() {
        return String.valueOf(jdbc.sql("select version from deployment where id = 'review-case'").query(Integer.class).single());
    }

    @Test
    void anApprovalIsBoundToTheRevisionAndWithdrawnWhenItChanges() throws Exception {
        mvc.perform(post("/deployments/new/yaml").with(ADA).with(csrf()).param("profile", PROFILE).param("publish", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(state()).isEqualTo("draft");
        // Published but not approved: the public sees the facts, not the assessment.
        String anonymous = mvc.perform(get("/deployments/review-case")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(anonymous).contains("awaiting review").doesNotContain("class=\"finding");

        mvc.perform(post("/deployments/review-case/review/request").with(ADA).with(csrf()).param("version", version()))
                .andExpect(status().is3xxRedirection());
        assertThat(state()).isEqualTo("in_review");
        // The author cannot approve her own revision, even with a reviewer's role.
        mvc.perform(post("/deployments/review-case/review/decide").with(user("ada").roles("REVIEWER")).with(csrf())
                        .param("version", version()).param("decision", "approve"))
                .andExpect(flash().attribute("reviewMessage", "review.refused.ownWork"));
        assertThat(state()).isEqualTo("in_review");
        mvc.perform(post("/deployments/review-case/review/decide").with(RITA).with(csrf())
                        .param("version", version()).param("decision", "approve").param("comment", "Sources checked."))
                .andExpect(status().is3xxRedirection());
        assertThat(state()).isEqualTo("approved");
        assertThat(jdbc.sql("select approved_revision from deployment where id = 'review-case'").query(Integer.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/deployments/review-case")).andReturn().getResponse().getContentAsString())
                .contains("class=\"finding");

        mvc.perform(post("/deployments/review-case/edit/yaml").with(ADA).with(csrf())
                        .param("profile", PROFILE.replace("A case to review", "A case to review again")).param("version", version()))
                .andExpect(status().is3xxRedirection());
        assertThat(state()).isEqualTo("draft");
        assertThat(jdbc.sql("select approved_revision from deployment where id = 'review-case'").query(Integer.class).optional())
                .isEmpty();
        assertThat(jdbc.sql("select action from audit_event where entity_id = 'review-case' order by id").query(String.class).list())
                .containsExactly("create", "review requested", "approved", "approval withdrawn", "revise");
    }

    @Test
    void aReviewerReturnsWithCommentsAndOnlyReviewersDecide() throws Exception {
        String id = "review-return";
        mvc.perform(post("/deployments/new/yaml").with(ADA).with(csrf()).param("profile", PROFILE.replace("review-case", id)))
                .andExpect(status().is3xxRedirection());
        String version = String.valueOf(jdbc.sql("select version from deployment where id = ?").param(id).query(Integer.class).single());
        mvc.perform(post("/deployments/" + id + "/review/request").with(ADA).with(csrf()).param("version", version));
        String inReview = String.valueOf(jdbc.sql("select version from deployment where id = ?").param(id).query(Integer.class).single());
        mvc.perform(post("/deployments/" + id + "/review/decide").with(ADA).with(csrf()).param("version", inReview)
                .param("decision", "approve")).andExpect(status().isForbidden());
        mvc.perform(post("/deployments/" + id + "/review/decide").with(RITA).with(csrf()).param("version", inReview)
                .param("decision", "return").param("comment", "Cite the court judgment.")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select review_state || ': ' || review_comment from deployment where id = ?").param(id)
                .query(String.class).single()).isEqualTo("returned: Cite the court judgment.");
    }

    @Test
    void theFrenchPagesShowApostrophesOnce() throws Exception {
        String page = mvc.perform(get("/register").param("lang", "fr")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("l'asile").doesNotContain("l''");
    }
}
