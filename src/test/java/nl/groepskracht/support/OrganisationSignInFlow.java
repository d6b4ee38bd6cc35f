package nl.groepskracht.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Inloggen met je organisatie-account" through the security chain and the {@link TestIdentityProvider}:
 * the portal's redirect to the provider (with PKCE), the provider's answer with a code (a real HTTP call),
 * and the portal's callback, which trades the code (and the PKCE verifier) for the ID token.
 */
public final class OrganisationSignInFlow {

    private OrganisationSignInFlow() {
    }

    /** Where the sign-in ends: the session, where the portal sends it, and the address of the authorization request. */
    public record Outcome(MockHttpSession session, String redirect, URI authorization) {
    }

    public static Outcome signIn(MockMvc mvc, String subject, Map<String, Object> claims) throws Exception {
        TestIdentityProvider.nextSignIn(subject, claims);
        MvcResult start = mvc.perform(get("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION)
                .with(Clients.fresh())).andReturn();
        MockHttpSession session = (MockHttpSession) start.getRequest().getSession(false);
        URI authorization = URI.create(start.getResponse().getRedirectedUrl());
        HttpResponse<Void> provider = HttpClient.newHttpClient().send(HttpRequest.newBuilder(authorization).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(provider.statusCode()).as("the provider sends the browser back with a code").isEqualTo(302);
        URI callback = URI.create(provider.headers().firstValue("Location").orElseThrow());
        MvcResult end = mvc.perform(get(URI.create(callback.getRawPath() + "?" + callback.getRawQuery())).session(session)
                .with(Clients.fresh())).andReturn();
        MockHttpSession signedIn = (MockHttpSession) end.getRequest().getSession(false);
        return new Outcome(signedIn, end.getResponse().getRedirectedUrl(), authorization);
    }
}
