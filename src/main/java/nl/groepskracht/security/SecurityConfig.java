package nl.groepskracht.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.groepskracht.base.web.RateLimited;
import nl.groepskracht.base.web.StaleForm;
import nl.groepskracht.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two faces, two filter chains: the public pages for parents are open and stateless (no session,
 * CSRF token in a cookie); everything else is the Vaadin portal behind the login view.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** Public, server-rendered pages for parents and the assets and feeds they use. */
    static final String[] PUBLIC_PAGES = {"/aanbod", "/aanbod/**", "/aanmelding/**", "/mijn/**", "/calendar/**",
            "/groepskracht/**", "/evaluatie/**"};

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
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers(request -> request.getAttribute(RateLimited.ATTRIBUTE) != null
                                || request.getAttribute(StaleForm.ATTRIBUTE) != null))
                .exceptionHandling(denied -> denied.accessDeniedHandler(new StaleFormHandler()))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'none'; object-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccountRepository users) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**",
                "/actuator/prometheus", "/error")
                .permitAll()
                // server-rendered pages of the portal (not Vaadin routes, which Vaadin's rules would refuse);
                // the service checks the account as it is now as well
                .requestMatchers("/rapportage/impact", "/rapportage/impact.pdf").hasAnyRole("ADVISEUR", "ADMIN"));
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // Vaadin sets the login page and where a login succeeds to; a failure keeps the typed address
        http.formLogin(form -> form.failureHandler(new FailedLoginHandler("/login")));
        http.addFilterAfter(new AccountSessionCheck(users), SecurityContextHolderFilter.class);
        return http.build();
    }

    /** BCrypt for new hashes; the {id} prefix lets us move to a stronger algorithm later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
