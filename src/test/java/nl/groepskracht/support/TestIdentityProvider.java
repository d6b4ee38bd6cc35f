package nl.groepskracht.support;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider for the tests (NAV's mock-oauth2-server: discovery, keys, the
 * authorization code flow with PKCE, signed ID tokens), one per test JVM, as the identity provider of
 * the organisation "JGZ Utrecht". Each sign-in's subject and claims are set just before it.
 */
public final class TestIdentityProvider {

    public static final String REGISTRATION = "jgz";
    public static final String ORGANISATION = "JGZ Utrecht";
    public static final String CLIENT_ID = "groepskracht";
    private static MockOAuth2Server server;

    private TestIdentityProvider() {
    }

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    /** The next sign-in at the provider is this person, with these claims (email, email_verified, amr, ...). */
    public static void nextSignIn(String subject, Map<String, Object> claims) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(REGISTRATION, subject, "JWT", List.of(CLIENT_ID),
                claims, 3600));
    }

    /** The portal's configuration for this provider (Spring Boot's OAuth2 client properties). */
    public static List<String> properties() {
        String prefix = "spring.security.oauth2.client.registration." + REGISTRATION;
        return List.of(prefix + ".client-id=" + CLIENT_ID, prefix + ".client-secret=test-secret",
                prefix + ".scope=openid,email,profile",
                "spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri="
                        + server().issuerUrl(REGISTRATION),
                "groepskracht.security.organisation-login." + REGISTRATION + ".organisation=" + ORGANISATION);
    }

    /** For Spring test contexts: the provider runs before the context reads its discovery document. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(properties()).applyTo(context);
        }
    }
}
