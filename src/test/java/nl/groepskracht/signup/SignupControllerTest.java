package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.web.StaleForm;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public form: bad input is refused and nothing stored; output is escaped; spam is turned away. */
@SpringBootTest
@AutoConfigureMockMvc
class SignupControllerTest {

    private static final AtomicInteger client = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Value("${groepskracht.public-url}")
    String publicUrl;

    long groupId;
    Professional fatima;

    @BeforeEach
    void openGroup() {
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        groupId = openGroup(SignupMode.REGISTRATION);
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {"name=", "name=" + "x", "email=", "email=geen-adres", "email=a@b", "email=<a>@x.nl",
            "name=<script>alert(1)</script>", "name=Robert'); DROP TABLE participant;--", "name=a\"b",
            "phone=abc", "childrenCount=0", "childrenCount=99", "consent=false", "language=xx"})
    void bad_input_is_refused_at_the_field_and_nothing_is_stored(String change) throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(valid());
        String[] kv = change.split("=", 2);
        fields.put(kv[0], kv[1]);
        if (change.equals("name=x")) {
            fields.put("name", "x".repeat(101));
        }
        MvcResult result = mvc.perform(form(fields)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("gk-error-summary", "aria-invalid=\"true\"");
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(stored()).isZero();
    }

    @ParameterizedTest(name = "accepted: {0}")
    @ValueSource(strings = {"Zoë van 't Hof-Đorđević", "فاطمة الزهراء", "Ayşe 😊 Yılmaz", "O'Brien"})
    void names_in_any_script_with_apostrophes_and_emoji_are_accepted(String name) throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(valid());
        fields.put("name", name);
        mvc.perform(form(fields)).andExpect(status().is3xxRedirection());
        assertThat(stored()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select p.name from participant p join registration r on r.participant_id = p.id"
                + " where r.group_id = ?", String.class, groupId)).isEqualTo(name);
    }

    @Test
    void what_a_parent_typed_is_kept_and_shown_escaped() throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(valid());
        fields.put("name", "<b>vet</b>");
        String html = mvc.perform(form(fields)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"&lt;b&gt;vet&lt;/b&gt;\"").doesNotContain("<b>vet</b>");
    }

    @Test
    void a_form_without_a_valid_csrf_token_stores_nothing_and_comes_back_with_what_was_typed() throws Exception {
        MockHttpServletRequestBuilder request = post("/aanbod/" + groupId).with(remote());
        valid().forEach(request::param);
        mvc.perform(request).andExpect(status().isOk()).andExpect(forwardedUrl("/aanbod/" + groupId));
        assertThat(stored()).isZero();

        // what the forward shows (MockMvc does not follow forwards; the browser journey does)
        MockHttpServletRequestBuilder forwarded = post("/aanbod/" + groupId).with(csrf()).with(remote())
                .requestAttr(StaleForm.ATTRIBUTE, Boolean.TRUE);
        valid().forEach(forwarded::param);
        String html = mvc.perform(forwarded).andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Uw formulier was verlopen", "value=\"Amina Bakker\"", "id=\"errors\"");
        var consent = java.util.regex.Pattern.compile("<input[^>]*id=\"consent\"[^>]*>").matcher(html);
        assertThat(consent.find()).isTrue();
        assertThat(consent.group()).as("consent is asked again").doesNotContain("checked");
        assertThat(stored()).isZero();
    }

    @Test
    void a_robot_filling_the_hidden_field_sees_success_but_nothing_is_stored() throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(valid());
        fields.put("website", "http://spam.example");
        mvc.perform(form(fields)).andExpect(status().is3xxRedirection());
        assertThat(stored()).isZero();
    }

    @Test
    void a_flood_from_one_client_gets_a_polite_429_page_and_other_clients_still_get_in() throws Exception {
        RequestPostProcessor flooder = remote();
        int refused = 0;
        for (int i = 0; i < 15; i++) {
            MockHttpServletRequestBuilder request = post("/aanbod/" + groupId).with(csrf()).with(flooder);
            valid().forEach(request::param);
            MvcResult result = mvc.perform(request).andReturn();
            if (result.getResponse().getStatus() == 429) {
                refused++;
                assertThat(result.getResponse().getForwardedUrl()).isEqualTo("/aanbod/te-veel");
            }
        }
        assertThat(refused).isEqualTo(5);
        MvcResult politePage = mvc.perform(get("/aanbod/te-veel")).andReturn();
        assertThat(politePage.getResponse().getStatus()).isEqualTo(429);
        assertThat(politePage.getResponse().getContentAsString()).contains("Even wachten");
        mvc.perform(form(valid())).andExpect(status().is3xxRedirection());
    }

    @Test
    void a_forwarded_header_is_ignored_unless_a_trusted_proxy_is_configured() throws Exception {
        RequestPostProcessor one = remote();
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            String pretended = "198.51.100." + i;
            MockHttpServletRequestBuilder request = post("/aanbod/" + groupId).with(csrf()).with(one)
                    .header("X-Forwarded-For", pretended);
            valid().forEach(request::param);
            if (mvc.perform(request).andReturn().getResponse().getStatus() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("one client, whatever address it claims").isEqualTo(2);
    }

    @Test
    void the_offer_needs_no_session_and_a_walk_in_group_has_no_form() throws Exception {
        long wijk = WithRole.as(Roles.ADMIN, () -> directory.saveWijk(null, newWijk()));
        GroupDraft draft = Fixtures.group(directory, "schoolverzuim", Set.of());
        draft.setWijkId(wijk);
        long inWijk = as(fatima, () -> groups.create(draft));
        as(fatima, () -> schedule.addSeries(inWijk, Fixtures.weekly(Fixtures.today().plusDays(2), 2)));
        as(fatima, () -> groups.open(inWijk));
        MvcResult offer = mvc.perform(get("/aanbod").param("wijk", String.valueOf(wijk))).andExpect(status().isOk())
                .andReturn();
        assertThat(offer.getRequest().getSession(false)).isNull();
        assertThat(offer.getResponse().getContentAsString()).contains("/aanbod/" + inWijk)
                .doesNotContain("/aanbod/" + groupId + "\"");

        // (that the form page sets no session cookie is checked in the browser journey: spring-security-test's
        // csrf() swaps the CSRF repository of the cached context for a session-based one)
        MvcResult page = mvc.perform(get("/aanbod/" + groupId)).andExpect(status().isOk()).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("name=\"_csrf\"", "Nog 10 plaatsen vrij");

        long walkIn = openGroup(SignupMode.WALK_IN);
        String walkInPage = mvc.perform(get("/aanbod/" + walkIn)).andReturn().getResponse().getContentAsString();
        assertThat(walkInPage).contains("Vrije inloop, aanmelden is niet nodig").doesNotContain("name=\"email\"");
        mvc.perform(get("/aanbod/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void the_group_page_says_who_runs_it_how_to_reach_them_and_what_it_costs() throws Exception {
        String free = mvc.perform(get("/aanbod/" + groupId)).andReturn().getResponse().getContentAsString();
        assertThat(free).contains("Kosten", "Gratis").doesNotContain("id=\"contact\"");

        var organisation = new nl.groepskracht.directory.OrganisationDraft();
        organisation.setName("Lokalis Testwijk " + System.nanoTime());
        organisation.setKind(nl.groepskracht.directory.OrganisationKind.values()[0]);
        long organisationId = WithRole.as(Roles.ADMIN, () -> directory.saveOrganisation(null, organisation));
        GroupDraft draft = Fixtures.group(directory, "schoolverzuim", Set.of());
        draft.setOrganisationId(organisationId);
        draft.setContactName("Noor de Vries");
        draft.setContactPhone("06 11223344");
        draft.setCost("€ 5 per keer, met U-pas gratis");
        long id = as(fatima, () -> groups.create(draft));
        as(fatima, () -> schedule.addSeries(id, Fixtures.weekly(Fixtures.today().plusDays(2), 2)));
        as(fatima, () -> groups.open(id));

        String html = mvc.perform(get("/aanbod/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(organisation.getName(), "Noor de Vries", "href=\"tel:0611223344\"",
                "€ 5 per keer, met U-pas gratis");

        GroupDraft unreachable = Fixtures.group(directory, "schoolverzuim", Set.of());
        unreachable.setContactName("Iemand zonder nummer");
        assertThatThrownBy(() -> as(fatima, () -> groups.create(unreachable)))
                .isInstanceOfSatisfying(nl.groepskracht.base.FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("contactPhone"));
    }

    @Test
    void an_open_group_has_a_printable_poster_and_a_qr_code_to_its_sign_up_page_and_others_have_none()
            throws Exception {
        String url = publicUrl.replaceAll("/+$", "") + "/aanbod/" + groupId;
        MvcResult poster = mvc.perform(get("/aanbod/" + groupId + "/poster")).andExpect(status().isOk()).andReturn();
        assertThat(poster.getRequest().getSession(false)).isNull();
        assertThat(poster.getResponse().getContentAsString()).contains("src=\"/aanbod/" + groupId + "/qr.svg\"",
                ">" + url + "<", "Scan de code om u aan te melden", "class=\"gk-poster\"");

        MvcResult qr = mvc.perform(get("/aanbod/" + groupId + "/qr.svg")).andExpect(status().isOk()).andReturn();
        assertThat(qr.getResponse().getContentType()).startsWith("image/svg+xml");
        assertThat(qr.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=3600, public");
        assertThat(qr.getResponse().getHeaderNames()).as("kept for an hour, without a 'do not keep' beside it")
                .doesNotContain("Pragma", "Expires");
        String name = groups.ref(groupId).name();
        assertThat(qr.getResponse().getContentAsString()).as("the code of exactly this group's public address")
                .isEqualTo(nl.groepskracht.base.qr.QrCodes.svg(url, "QR-code naar de aanmeldpagina van " + name));

        GroupDraft draft = Fixtures.group(directory, "schoolverzuim", Set.of());
        long drafted = as(fatima, () -> groups.create(draft));
        mvc.perform(get("/aanbod/" + drafted + "/poster")).andExpect(status().isNotFound());
        mvc.perform(get("/aanbod/" + drafted + "/qr.svg")).andExpect(status().isNotFound());
    }

    private static nl.groepskracht.directory.WijkDraft newWijk() {
        var wijk = new nl.groepskracht.directory.WijkDraft();
        wijk.setName("Testwijk " + System.nanoTime());
        wijk.setMunicipality("Utrecht");
        return wijk;
    }

    private long openGroup(SignupMode mode) {
        GroupDraft draft = Fixtures.group(directory, mode == SignupMode.WALK_IN ? "spelinloop" : "schoolverzuim",
                Set.of());
        draft.setSignupMode(mode);
        long id = as(fatima, () -> groups.create(draft));
        as(fatima, () -> schedule.addSeries(id, Fixtures.weekly(Fixtures.today().plusDays(2), 2)));
        as(fatima, () -> groups.open(id));
        return id;
    }

    private MockHttpServletRequestBuilder form(Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/aanbod/" + groupId).with(csrf()).with(remote());
        fields.forEach(request::param);
        return request;
    }

    private static RequestPostProcessor remote() {
        String unique = "198.51." + client.incrementAndGet() / 250 + "." + client.get() % 250;
        return request -> {
            request.setRemoteAddr(unique);
            return request;
        };
    }

    private static Map<String, String> valid() {
        return Map.of("name", "Amina Bakker", "email", "amina." + System.nanoTime() + "@ouder.example",
                "phone", "06 12345678", "childrenCount", "2", "childrenAges", "AGE_4_12", "language", "nl",
                "consent", "true");
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from registration where group_id = ?", Integer.class, groupId);
    }
}
