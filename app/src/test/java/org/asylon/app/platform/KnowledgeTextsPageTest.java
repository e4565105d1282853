package org.asylon.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.asylon.core.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Pages print knowledge texts in the visitor's language (English where no translation exists, which
 * the core tests cover). Expected texts are those of knowledge/translations/{fr,ar,es}/*.yaml.
 */
@SpringBootTest(classes = AsylonPlatform.class)
@AutoConfigureMockMvc
class KnowledgeTextsPageTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlatform.properties(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeBase knowledge;

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFrenchRegisterFiltersAndTagsTechnologiesByTheirFrenchNames() throws Exception {
        String register = page("/register", "fr");
        assertThat(register).contains(">Extraction des données de téléphones mobiles</option>")
                .contains("<span class=\"tag\">Extraction des données de téléphones mobiles</span>")
                .doesNotContain(">Mobile phone data extraction<");
        String english = page("/register", "en");
        assertThat(english).contains(">Mobile phone data extraction</option>");
    }

    @Test
    void theArabicDeploymentPageShowsSectionsFactLabelsAndValuesInArabic() throws Exception {
        String deployment = page("/deployments/de-bamf-phone-data-extraction", "ar");
        assertThat(deployment)
                .contains(">الغرض والأساس القانوني</h3>")
                .contains("<th scope=\"row\">الأهداف المعلنة</th>")
                .contains("إثبات الهوية أو الجنسية, معالجة طلبات اللجوء")
                .doesNotContain(">Purpose and legal basis</h3>");
    }

    @Test
    void instrumentTitlesComeFromTheKnowledgeTextsTranslatedOrEnglish() throws Exception {
        String deployment = page("/deployments/de-bamf-phone-data-extraction", "es");
        String title = knowledge.texts().in("es").instrumentTitle("rights-test", null);
        assertThat(title).isNotNull();
        assertThat(deployment).contains(">Finalidad y base jurídica</h3>")
                .contains("<h3 id=\"i-rights-test\">" + HtmlUtils.htmlEscape(title, "UTF-8") + " <span class=\"version\">");
    }

    @Test
    void theComparePageNamesTheTechnologyInFrench() throws Exception {
        assertThat(page("/compare?technology=phone-data-extraction", "fr"))
                .contains("<h1>Extraction des données de téléphones mobiles");
    }
}
