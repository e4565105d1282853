package org.asylon.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.asylon.app.register.RegisterService;
import org.asylon.core.fact.FactState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The plain-language pages, request letters and the team's request tracker, with the platform's
 * real database. Logging is raised to debug for Asylon, Spring MVC, Spring Security and SQL, so
 * that the privacy test would see anything the form's values could leak into.
 */
@SpringBootTest(classes = AsylonPlatform.class, properties = {"logging.level.org.asylon=TRACE",
        "logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.security=DEBUG",
        "logging.level.org.springframework.jdbc=DEBUG"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class AffectedPagesTest {

    static final String BAMF = "de-bamf-phone-data-extraction";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlatform.properties(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterService register;

    @Test
    void thePlainPageIsInTheVisitorsLanguageWithRightsContactsAndDeadlines() throws Exception {
        String arabic = page(get("/plain/" + BAMF + "?lang=ar"));
        assertThat(arabic).contains("dir=\"rtl\"").contains("حقوقك")
                .contains("المادة 15 من اللائحة (الاتحاد الأوروبي) 2016/679")
                .contains("Der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)")
                .contains("href=\"/plain/" + BAMF + "/letter\"")
                .contains("href=\"/deployments/" + BAMF + "\"");
        String english = page(get("/plain/" + BAMF + "?lang=en"));
        // The BAMF case states that device contents and location are read, and no retention facts.
        assertThat(english).contains("What is stored on your phone or computer").contains("Where you are or have been")
                .contains("We do not know how long it is kept.");
    }

    @Test
    void aDeploymentWithoutContactsOrALetterLanguageSaysSoHonestly() throws Exception {
        String page = page(get("/plain/ps-hebron-red-wolf?lang=en"));
        assertThat(page).contains("We do not have a letter in the language of this office yet.").contains("not known")
                .doesNotContain("/plain/ps-hebron-red-wolf/letter");
    }

    @Test
    void aLetterToTheGermanOfficeIsInGermanWithASpanishTranslationBeside() throws Exception {
        MvcResult result = mvc.perform(post("/plain/" + BAMF + "/letter").param("request", "0:access").param("name", "Ana Ejemplo")
                .param("date", "2026-01-15").param("format", "html").cookie(language("es"))).andReturn();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("lang=\"de\"").contains("Antrag auf Auskunft über meine personenbezogenen Daten")
                .contains("lang=\"es\"").contains("Solicitud de acceso a mis datos personales")
                .contains("16. Februar 2026").contains("16 de febrero de 2026");
    }

    @Test
    void theLetterComesAsPdfAndAsText() throws Exception {
        MockHttpServletResponse pdf = letter("ar", "pdf", "Layla", "", "", "").getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        MockHttpServletResponse text = letter("ar", "txt", "Layla", "", "", "").getResponse();
        assertThat(text.getContentAsString(StandardCharsets.UTF_8)).contains("Sehr geehrte Damen und Herren,")
                .contains("السيدات والسادة المحترمون،").contains("Layla");
    }

    @Test
    void aLetterWithoutANameIsRefusedAndNothingIsLost() throws Exception {
        MvcResult result = mvc.perform(post("/plain/" + BAMF + "/letter").param("request", "0:access").param("name", " ")
                .param("caseNumber", "K-77").param("date", "15/01/2026")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Write your name").contains("Write the date in the form YYYY-MM-DD")
                .contains("value=\"K-77\"").contains("value=\"15/01/2026\"");
    }

    /**
     * Unique markers typed into every field of the letter form, for every output and for a refused
     * form, reach the response and nothing else: no session, no cookie, no row of any table and no
     * line of the log contains them.
     */
    @Test
    void nothingTypedIntoTheLetterFormIsStoredLoggedOrKeptInASession(CapturedOutput output) throws Exception {
        String marker = "mk" + UUID.randomUUID().toString().replace("-", "");
        String name = marker + "name";
        for (String format : List.of("html", "pdf", "txt")) {
            MvcResult result = letter("fr", format, name, marker + "address", marker + "case", marker + "birth");
            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(result.getRequest().getSession(false)).as("session").isNull();
            assertThat(response.getCookies()).isEmpty();
            assertThat(response.getHeaders("Set-Cookie")).isEmpty();
            if (!format.equals("pdf")) {
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(name).contains(marker + "case");
            }
        }
        MvcResult page = mvc.perform(get("/plain/" + BAMF + "/letter")).andReturn();
        assertThat(page.getRequest().getSession(false)).as("session").isNull();
        MvcResult refused = mvc.perform(post("/plain/" + BAMF + "/letter").param("request", "9:nothing").param("name", name)
                .param("address", marker + "address").param("date", marker + "date")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getRequest().getSession(false)).isNull();
        assertThat(refused.getResponse().getHeaders("Set-Cookie")).isEmpty();

        List<String> tables = jdbc.sql("select table_schema || '.' || table_name from information_schema.tables"
                + " where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'")
                .query(String.class).list();
        assertThat(tables).contains("public.deployment", "public.audit_event", "public.information_request");
        for (String table : tables) {
            long rows = jdbc.sql("select count(*) from " + table + " t where t::text like ?").param("%" + marker + "%")
                    .query(Long.class).single();
            assertThat(rows).as("rows of " + table + " holding a marker").isZero();
        }
        assertThat(output.getAll()).as("captured log").isNotBlank().doesNotContain(marker);
    }

    @Test
    void aRequestWhoseDeadlinePassedShowsAsOverdueAndARefusalMakesAFactUndisclosed() throws Exception {
        LocalDate twoMonthsAgo = LocalDate.now().minusMonths(2);
        String location = mvc.perform(post("/requests").with(csrf()).with(user("assessor").roles("ASSESSOR"))
                        .param("deployment", BAMF).param("kind", "documents").param("recipient", "BAMF")
                        .param("legalBasis", "§ 1 IFG").param("sentOn", twoMonthsAgo.toString()).param("deadline", "de-information"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/requests/");
        mvc.perform(post("/requests").with(csrf()).with(user("assessor").roles("ASSESSOR"))
                .param("deployment", BAMF).param("kind", "access").param("recipient", "BAMF")
                .param("legalBasis", "Art. 15 GDPR").param("sentOn", LocalDate.now().toString()).param("deadline", "one-month-plus-two"));

        String list = page(get("/requests?deployment=" + BAMF + "&lang=en").with(user("viewer").roles("VIEWER")));
        assertThat(list).contains("1 requests are overdue").contains("status-overdue").contains("status-waiting");
        String detail = page(get(location + "?lang=en").with(user("viewer").roles("VIEWER")));
        assertThat(detail).contains("status-overdue");

        long id = Long.parseLong(location.substring("/requests/".length()));
        int revisionBefore = register.view(BAMF, false).orElseThrow().summary().currentRevision();
        mvc.perform(post(location + "/undisclose").with(csrf()).with(user("assessor").roles("ASSESSOR")).param("fact", "governance.dpia_done"))
                .andReturn();
        assertThat(register.view(BAMF, false).orElseThrow().summary().currentRevision()).as("no refusal yet").isEqualTo(revisionBefore);
        mvc.perform(post(location + "/answer").with(csrf()).with(user("assessor").roles("ASSESSOR"))
                .param("answer", "refused").param("answeredOn", LocalDate.now().toString()));
        mvc.perform(post(location + "/undisclose").with(csrf()).with(user("assessor").roles("ASSESSOR")).param("fact", "governance.dpia_done"));

        RegisterService.DeploymentView after = register.view(BAMF, false).orElseThrow();
        assertThat(after.summary().currentRevision()).isEqualTo(revisionBefore + 1);
        var fact = after.profile().fact("governance.dpia_done");
        assertThat(fact.state()).isEqualTo(FactState.UNDISCLOSED);
        assertThat(fact.sources()).singleElement().satisfies(ref -> assertThat(ref.ref()).isEqualTo("request-" + id + "-refusal"));
        assertThat(after.profile().localSource("request-" + id + "-refusal")).isPresent();
        assertThat(page(get("/requests?lang=en").with(user("viewer").roles("VIEWER")))).contains("refused");
    }

    private MvcResult letter(String language, String format, String name, String address, String caseNumber,
                             String birth) throws Exception {
        return mvc.perform(post("/plain/" + BAMF + "/letter").param("request", "0:access").param("name", name)
                .param("address", address).param("caseNumber", caseNumber).param("dateOfBirth", birth)
                .param("date", "2026-01-15").param("format", format).cookie(language(language))).andReturn();
    }

    /** The language preference, the one cookie the public pages may read. */
    private static jakarta.servlet.http.Cookie language(String code) {
        return new jakarta.servlet.http.Cookie("asylon-lang", code);
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
