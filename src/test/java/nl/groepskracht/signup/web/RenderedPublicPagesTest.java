package nl.groepskracht.signup.web;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.web.PublicFormTokens;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.WijkDraft;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public pages answered from their rendered bytes: the same headers and bytes as the chain gave, a change
 * showing on the next request, and a group's form with a token of the visitor's own that a sign-up accepts.
 */
@SmtpAndClockTest
class RenderedPublicPagesTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    PublicOfferCache cache;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;
    @Autowired
    ServletContext servletContext;

    Professional fatima;
    GroupDraft draft;
    long group;

    @BeforeEach
    void openGroup() {
        // other tests' csrf() gives the shared context's public chain a test repository; a browser's is the cookie
        WebTestUtils.setCsrfTokenRepository(post("/aanbod/1").buildRequest(servletContext), PublicFormTokens.REPOSITORY);
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        var wijk = new WijkDraft();
        wijk.setName("Bewaarwijk " + System.nanoTime());
        wijk.setMunicipality("Utrecht");
        draft = Fixtures.group(directory, "schoolverzuim", Set.of());
        // a wijk of its own: the offer filtered by it shows this group on its first page
        draft.setWijkId(WithRole.as(Roles.ADMIN, () -> directory.saveWijk(null, wijk)));
        group = as(fatima, () -> groups.create(draft));
        as(fatima, () -> schedule.addSeries(group, Fixtures.weekly(Fixtures.today().plusDays(3), 2)));
        as(fatima, () -> groups.open(group));
    }

    @Test
    void a_page_is_kept_after_its_first_request_and_answered_with_the_same_headers_and_bytes() throws Exception {
        for (String language : List.of("nl", "ar")) {
            var cookie = new Cookie("gk-lang", language);
            long before = cache.renderedPages();
            var first = mvc.perform(get("/aanbod?thema=1").cookie(cookie)).andExpect(status().isOk())
                    .andReturn().getResponse();
            long kept = cache.renderedPages();
            assertThat(kept).as("rendered by the chain and kept").isEqualTo(before + 1);
            var again = mvc.perform(get("/aanbod?thema=1").cookie(cookie)).andExpect(status().isOk())
                    .andReturn().getResponse();
            assertThat(cache.renderedPages()).as("answered from the kept page, nothing rendered and kept anew")
                    .isEqualTo(kept);
            assertThat(headers(again)).isEqualTo(headers(first)).containsKeys("Content-Security-Policy",
                    "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Cache-Control", "Vary", "ETag",
                    "Content-Type", "Content-Language");
            assertThat(again.getHeader("Content-Language")).isEqualTo(language);
            assertThat(again.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
            mvc.perform(get("/aanbod?thema=1").cookie(cookie).header("If-None-Match",
                    first.getHeader("ETag"))).andExpect(status().isNotModified());
        }
    }

    @Test
    void a_group_page_is_kept_around_its_form_token_which_is_the_visitors_own() throws Exception {
        var first = groupPage();
        var again = groupPage();
        assertThat(headers(again)).isEqualTo(headers(first));
        assertThat(again.getHeader("Cache-Control")).isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
        String page = again.getContentAsString();
        assertThat(page.replace(token(page), "")).isEqualTo(first.getContentAsString().replace(token(first
                .getContentAsString()), ""));
        assertThat(token(page)).isNotEqualTo(token(first.getContentAsString()));
        Cookie own = again.getCookie(PublicFormTokens.COOKIE);
        assertThat(own).as("a new visitor gets the token's cookie").isNotNull();
        assertThat(own.getValue()).isNotEqualTo(first.getCookie(PublicFormTokens.COOKIE).getValue());

        // a visitor who has the cookie keeps it, and a page's token from it is accepted with it
        var returning = mvc.perform(get("/aanbod/" + group).cookie(own)).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(returning.getCookie(PublicFormTokens.COOKIE)).isNull();
        signUp(token(returning.getContentAsString()), own);
        signUp(token(page), own);
    }

    @Test
    void a_change_to_the_group_shows_on_the_next_request_of_each_kept_page() throws Exception {
        assertThat(groupPage().getContentAsString()).contains(draft.getName());
        assertThat(offer()).contains(draft.getName());
        long kept = cache.renderedPages();
        assertThat(groupPage().getContentAsString()).contains(draft.getName());
        assertThat(cache.renderedPages()).isEqualTo(kept);

        String renamed = "Hernoemd " + System.nanoTime();
        draft.setName(renamed);
        as(fatima, () -> groups.update(group, draft));
        assertThat(groupPage().getContentAsString()).contains(renamed);
        assertThat(offer()).contains(renamed);
    }

    private MockHttpServletResponse groupPage() throws Exception {
        return mvc.perform(get("/aanbod/" + group)).andExpect(status().isOk()).andReturn().getResponse();
    }

    private String offer() throws Exception {
        return mvc.perform(get("/aanbod?wijk=" + draft.getWijkId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void signUp(String token, Cookie cookie) throws Exception {
        mvc.perform(post("/aanbod/" + group).cookie(cookie).param("_csrf", token).param("name", "Amina Bakker")
                .param("email", "amina." + System.nanoTime() + "@ouder.example").param("language", "nl")
                .param("consent", "true").with(request -> {
                    request.setRemoteAddr("192.0.2." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255));
                    return request;
                }))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/aanbod/" + group + "/verstuurd"));
    }

    private static String token(String page) {
        Matcher found = TOKEN.matcher(page);
        assertThat(found.find()).as("the form's token").isTrue();
        return found.group(1);
    }

    /** Every header but Set-Cookie (its token differs) and Date, with all its values. */
    private static Map<String, List<String>> headers(MockHttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!name.equalsIgnoreCase("Set-Cookie") && !name.equalsIgnoreCase("Date")) {
                headers.put(name, response.getHeaders(name));
            }
        }
        return headers;
    }
}
