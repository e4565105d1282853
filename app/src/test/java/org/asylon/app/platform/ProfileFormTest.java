package org.asylon.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.asylon.core.document.Document;
import org.asylon.core.engine.Engine;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.Finding;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.profile.Profile;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The profile form, its drafts, and re-assessment with what changed, through the web layer and the database. */
@SpringBootTest(classes = AsylonPlatform.class)
@AutoConfigureMockMvc
class ProfileFormTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlatform.properties(registry);
    }

    static final RequestPostProcessor ADA = user("ada").roles("ASSESSOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    Engine engine;

    private static MockHttpServletRequestBuilder form(String path, String... pairs) {
        MockHttpServletRequestBuilder request = post(path).with(ADA).with(csrf());
        for (int i = 0; i < pairs.length; i += 2) {
            request.param(pairs[i], pairs[i + 1]);
        }
        return request;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private int version(String id) {
        return jdbc.sql("select version from deployment where id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void theFormAsksTheInstrumentsQuestionsForEveryFactBySection() throws Exception {
        String page = page(get("/deployments/new").with(ADA));
        // The question the DPIA screening asks about profiling, and the glossary link it names.
        assertThat(page).contains("Does the system evaluate people to analyse or predict their behaviour")
                .contains("href=\"/glossary#g-profiling\"")
                .contains("name=\"f.processing.profiling.state\"")
                .contains("<legend>" + knowledge.facts().sections().get(0).title() + "</legend>");
        long facts = knowledge.facts().writable().size();
        assertThat(page.split("class=\"fact\"", -1).length - 1).isEqualTo(facts);
        mvc.perform(get("/glossary")).andExpect(status().isOk());
    }

    @Test
    void aNewDeploymentIsSavedWithStatesSourcesAndClaims() throws Exception {
        mvc.perform(form("/deployments/new", "id", "form-created", "name", "Made with the form", "jurisdictions", "DE",
                        "op.0.name", "Border police", "op.0.type", "border_guard",
                        "f.processing.profiling.value", "yes", "f.processing.profiling.confidence", "high",
                        "f.processing.profiling.ref.0.id", "amnesty-2024-primer", "f.processing.profiling.ref.0.locator", "s. 3",
                        "f.governance.dpia_done.state", "undisclosed"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/deployments/form-created"));
        String yaml = jdbc.sql("select profile_yaml from profile_revision where deployment_id = 'form-created'").query(String.class).single();
        Profile profile = knowledge.profileReader().read(Document.parse("p.yaml", yaml, Document.Format.YAML));
        assertThat(profile.fact("processing.profiling").value()).isEqualTo(true);
        assertThat(profile.fact("processing.profiling").sources().get(0).locator()).isEqualTo("s. 3");
        assertThat(profile.fact("governance.dpia_done").state().id()).isEqualTo("undisclosed");
        // The form comes back filled from the stored revision.
        assertThat(page(get("/deployments/form-created/edit").with(ADA)))
                .contains("value=\"s. 3\"").contains("<option value=\"undisclosed\" selected>");
    }

    @Test
    void problemsAreShownNextToTheirFieldsAndNothingIsLost() throws Exception {
        var response = mvc.perform(form("/deployments/new", "id", "form-broken", "name", "Broken", "jurisdictions", "XX",
                        "f.necessity.success_share.count", "many", "f.necessity.success_share.total", "100",
                        "f.purpose.stated.value", "Kept text"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse();
        String page = response.getContentAsString();
        assertThat(page).contains("id=\"f-necessity-success_share-error\"").contains("\"many\" is not a whole number")
                .contains("value=\"Kept text\"").contains("value=\"many\"");
        // After the typed values are fixed, the profile reader's own check is placed on its field too.
        page = page(form("/deployments/new", "id", "form-broken", "name", "Broken", "jurisdictions", "XX"));
        assertThat(page).contains("id=\"f-jurisdictions-error\"").contains("'XX' is not a two-letter ISO 3166-1 country code (nor EU).");
        assertThat(jdbc.sql("select count(*) from deployment where id = 'form-broken'").query(Long.class).single()).isZero();
    }

    @Test
    void theReadersProblemsAreWordedInThePageLanguage() throws Exception {
        String[] broken = {"id", "form-worded", "name", "Worded", "jurisdictions", "XX",
            "f.processing.profiling.value", "yes", "f.processing.profiling.ref.0.id", "nowhere"};
        String french = page(form("/deployments/new", broken).cookie(new Cookie("asylon-lang", "fr")));
        assertThat(french).contains("id=\"f-jurisdictions-error\"")
                .contains("« XX » n'est pas un code de pays ISO 3166-1 à deux lettres (ni EU).")
                .contains("Source inconnue « nowhere » : elle ne figure ni parmi les sources de la base de connaissances")
                .doesNotContain("is not an ISO 3166-1").doesNotContain("unknown source");
        String arabic = page(form("/deployments/new", broken).cookie(new Cookie("asylon-lang", "ar")));
        assertThat(arabic).contains("dir=\"rtl\"")
                .contains("«XX» ليس رمز بلد من حرفين وفق ISO 3166-1 (ولا EU).")
                .contains("مصدر غير معروف «nowhere»: ليس ضمن مصادر قاعدة المعرفة")
                .doesNotContain("unknown source");
        // The YAML editor words the same problems in the page language, with their line and column.
        String yaml = page(form("/deployments/new/yaml", "profile", "id: yaml-worded\nname: Worded\njurisdictions: [XX]\n")
                .cookie(new Cookie("asylon-lang", "fr")));
        assertThat(yaml).contains("« XX » n'est pas un code de pays ISO 3166-1");
    }

    @Test
    void draftsAreKeptPerPersonRestoredAndDiscarded() throws Exception {
        mvc.perform(form("/deployments/new/draft", "id", "drafted", "name", "Half written").header("X-Asylon-Autosave", "fetch"))
                .andExpect(status().isNoContent());
        assertThat(page(get("/deployments/new").with(ADA))).contains("id=\"draft-notice\"").contains("value=\"Half written\"");
        // Another person does not see it.
        assertThat(page(get("/deployments/new").with(user("bob").roles("ASSESSOR")))).doesNotContain("Half written");
        // Without scripts, the "save draft" button comes back to the form.
        mvc.perform(form("/deployments/new/draft", "id", "drafted", "name", "Written further"))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/deployments/new"));
        mvc.perform(form("/deployments/new/draft/discard")).andExpect(status().is3xxRedirection());
        assertThat(page(get("/deployments/new").with(ADA))).doesNotContain("draft-notice").doesNotContain("Written further");
    }

    @Test
    void aConflictingSaveShowsTheDiffAndKeepsTheValues() throws Exception {
        mvc.perform(form("/deployments/new", "id", "form-conflict", "name", "Conflict", "jurisdictions", "FR"))
                .andExpect(status().is3xxRedirection());
        int opened = version("form-conflict");
        mvc.perform(form("/deployments/form-conflict/edit", "version", String.valueOf(opened), "name", "First edit"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(form("/deployments/form-conflict/edit", "version", String.valueOf(opened), "name", "Second edit"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("-name: First edit").contains("+name: Second edit").contains("value=\"Second edit\"");
    }

    @Test
    void reAssessingShowsWhatChangedAgainstThePreviousRun() throws Exception {
        String id = "form-reassess";
        mvc.perform(form("/deployments/new", "id", id, "name", "Re-assessed", "jurisdictions", "DE",
                "op.0.name", "Asylum office", "op.0.type", "asylum_authority", "f.processing.profiling.value", "no"))
                .andExpect(status().is3xxRedirection());
        String before = jdbc.sql("select profile_yaml from profile_revision where deployment_id = ? and revision = 1").param(id)
                .query(String.class).single();
        mvc.perform(form("/deployments/" + id + "/edit", "version", String.valueOf(version(id)), "name", "Re-assessed",
                "jurisdictions", "DE", "op.0.name", "Asylum office", "op.0.type", "asylum_authority",
                "f.processing.profiling.value", "yes", "f.decisions.automated.value", "yes")).andExpect(status().is3xxRedirection());
        // Revision 2 is not assessed yet: both pages say so.
        assertThat(page(get("/deployments/" + id).with(ADA))).contains("id=\"out-of-date\"");
        assertThat(page(get("/deployments/" + id + "/assessments").with(ADA)))
                .contains("the facts changed: revision 1 was assessed, the current one is 2");

        mvc.perform(form("/deployments/" + id + "/assessments", "revision", "2", "instrument", "dpia-screening",
                "instrument", "rights-test")).andExpect(status().is3xxRedirection());
        String page = page(get("/deployments/" + id + "/assessments").with(ADA));

        // Expected changes computed directly with the engine on both revisions, not from the stored results.
        String after = jdbc.sql("select profile_yaml from profile_revision where deployment_id = ? and revision = 2").param(id)
                .query(String.class).single();
        int newlyFired = 0;
        for (String instrument : List.of("dpia-screening", "rights-test")) {
            Set<String> old = fired(before, instrument);
            Set<String> now = fired(after, instrument);
            for (Finding finding : findings(after, instrument)) {
                if (now.contains(finding.id()) && !old.contains(finding.id())) {
                    assertThat(page).contains(finding.title());
                    newlyFired++;
                }
            }
        }
        assertThat(newlyFired).as("findings the edit makes fire").isPositive();
        assertThat(page).contains("Facts changed between revision 1 and revision 2")
                .contains(knowledge.facts().get("processing.profiling").label())
                .contains(knowledge.facts().get("decisions.automated").label());
        assertThat(jdbc.sql("select count(*) from assessment where deployment_id = ? and revision = 2").param(id)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select action from audit_event where entity_id = ? order by id").param(id).query(String.class).list())
                .containsExactly("create", "revise", "assess");
        // The two instruments run are up to date now; the two not run still assess revision 1.
        assertThat(page.split("the facts changed: revision 1 was assessed", -1).length - 1).isEqualTo(2);
    }

    private List<Finding> findings(String yaml, String instrument) {
        Profile profile = knowledge.profileReader().read(Document.parse("p.yaml", yaml, Document.Format.YAML));
        AssessmentResult result = engine.assess(profile, List.of(knowledge.instrument(instrument).orElseThrow())).get(0);
        return result.findings();
    }

    private Set<String> fired(String yaml, String instrument) {
        return findings(yaml, instrument).stream().filter(f -> f.status().id().equals("fired")).map(Finding::id)
                .collect(Collectors.toSet());
    }
}
