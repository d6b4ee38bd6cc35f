package nl.groepskracht.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.groepskracht.base.web.PublicFormTokens;
import nl.groepskracht.base.web.RateLimited;
import nl.groepskracht.base.web.StaleForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two faces, two filter chains: the public pages for parents are open and stateless (no session,
 * CSRF token in a cookie); everything else is the Vaadin portal behind the login page (server-rendered,
 * {@code security.web.LoginPage}). Both send their security headers with every response (written before
 * the page, so also on Vaadin's own responses), each with a Content-Security-Policy of its own, and the
 * login page one that allows only script files of the portal's own, none inline (README, "Security").
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** Public, server-rendered pages for parents and the assets and feeds they use. */
    static final String[] PUBLIC_PAGES = {"/aanbod", "/aanbod/**", "/aanmelding/**", "/mijn/**", "/calendar/**",
            "/groepskracht/**", "/evaluatie/**", "/robots.txt"};
    /** The sign-in page: its GET is {@code LoginPage}, its POST Spring Security's form login. */
    static final String LOGIN_PAGE = "/login";

    /**
     * The parents' face: open to anyone, no HTTP session ever (STATELESS), the CSRF token in a
     * cookie instead of the session so every form still carries one.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_PAGES)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.csrfTokenRepository(PublicFormTokens.REPOSITORY)
                        .csrfTokenRequestHandler(PublicFormTokens.HANDLER)
                        .ignoringRequestMatchers(request -> request.getAttribute(RateLimited.ATTRIBUTE) != null
                                || request.getAttribute(StaleForm.ATTRIBUTE) != null))
                .exceptionHandling(denied -> denied.accessDeniedHandler(new StaleFormHandler()))
                .requestCache(cache -> cache.disable())
                .headers(headers -> eagerly(headers)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'none'; "
                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccountRepository users, RequestUtil vaadin,
            @Value("${groepskracht.public-url}") String publicUrl, ObjectProvider<ClientRegistrationRepository> clients,
            OrganisationSignIn organisations, SessionPolicy sessionPolicy) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**",
                "/actuator/prometheus", "/error")
                .permitAll()
                // the login page with whatever its address says (?timeout, ?stale, ?lang=en …), not only as Spring
                // Security's form login permits it (/login and /login?error exactly)
                .requestMatchers(HttpMethod.GET, LOGIN_PAGE).permitAll()
                // server-rendered pages of the portal (not Vaadin routes, which Vaadin's rules would refuse);
                // the service checks the account as it is now as well
                .requestMatchers("/rapportage/impact", "/rapportage/impact.pdf").hasAnyRole("ADVISEUR", "ADMIN"));
        RequestMatcher loginPage = PathPatternRequestMatcher.withDefaults().matcher(LOGIN_PAGE);
        http.headers(headers -> eagerly(headers)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(loginPage,
                        new ContentSecurityPolicyHeaderWriter(PortalPolicy.loginPagePolicy())))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(loginPage),
                        new ContentSecurityPolicyHeaderWriter(PortalPolicy.contentSecurityPolicy(publicUrl))))
                .frameOptions(frame -> frame.sameOrigin()));
        // Vaadin's configurer would exempt the login form from CSRF; only its own requests are (they carry
        // Vaadin's own token), so a page on another site cannot sign anyone in. A view that needs a sign-in
        // sends the browser to the login page (a page load, not a Vaadin view), remembering where it was going
        http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LOGIN_PAGE)
                .enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadin::isFrameworkInternalRequest));
        http.exceptionHandling(denied -> denied.accessDeniedHandler(new StaleLoginHandler()));
        // Vaadin sets the login page and where a login succeeds to; a failure keeps the typed address
        http.formLogin(form -> form.failureHandler(new FailedLoginHandler(LOGIN_PAGE))
                .authenticationDetailsSource(SignInDetails::new));
        clients.ifAvailable(registered -> organisationLogin(http, registered, organisations));
        // the session's lifetime counts from the sign-in itself (after the session id changed), not its next request
        http.sessionManagement(session -> session.addSessionAuthenticationStrategy(
                (signedIn, request, response) -> sessionPolicy.signedIn(request.getSession())));
        http.addFilterAfter(new AccountSessionCheck(users), SecurityContextHolderFilter.class);
        http.addFilterAfter(new SessionPolicyFilter(sessionPolicy, SignInGate.vaadinAndStatic(
                vaadin::isFrameworkInternalRequest)), AccountSessionCheck.class);
        http.addFilterAfter(new SignInGate(vaadin::isFrameworkInternalRequest), SessionPolicyFilter.class);
        return http.build();
    }

    /**
     * "Inloggen met je organisatie-account", when an organisation's OpenID Connect client is configured:
     * the authorization code flow with PKCE, accounts found (never made) by {@link OrganisationSignIn}.
     */
    private static void organisationLogin(HttpSecurity http, ClientRegistrationRepository clients,
            OrganisationSignIn organisations) {
        var requests = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(oauth -> oauth.loginPage(LOGIN_PAGE)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .userInfoEndpoint(info -> info.oidcUserService(organisations))
                .defaultSuccessUrl("/", true)
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?organisation")));
    }

    /** Headers go out before the response is written: Vaadin's pages are forwarded and would otherwise lack them. */
    private static HeadersConfigurer<HttpSecurity> eagerly(HeadersConfigurer<HttpSecurity> headers) {
        return headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
    }

    /** BCrypt for new hashes; the {id} prefix lets us move to a stronger algorithm later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
