package nl.groepskracht.security;

import nl.groepskracht.base.AccessRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * "Inloggen met je organisatie-account": per organisation an OpenID Connect client of Spring Security
 * ({@code spring.security.oauth2.client.registration.<id>.*}) and which organisation it signs in for
 * ({@code groepskracht.security.organisation-login.<id>.organisation}, the organisation's name in the
 * portal), with the {@code amr} and {@code acr} values of its tokens that mean its own second factor
 * was done ({@code trusted-amr}, default {@code mfa}; {@code trusted-acr}, default none).
 */
@AccessRule("anyone, signed in or not: the login page lists the organisations one can sign in with (configuration, no data)")
@Component
public class OrganisationLogins {

    /** A button on the login page. */
    public record Option(String registrationId, String organisation) {
    }

    /** One organisation's settings. */
    record Settings(String organisation, List<String> trustedAmr, List<String> trustedAcr) {

        Settings {
            trustedAmr = trustedAmr == null ? List.of("mfa") : List.copyOf(trustedAmr);
            trustedAcr = trustedAcr == null ? List.of() : List.copyOf(trustedAcr);
        }

        /** The token says the identity provider asked a second factor itself (RFC 8176 {@code amr}, or {@code acr}). */
        boolean secondFactorDone(OidcUser user) {
            List<String> amr = user.getAuthenticationMethods() == null ? List.of() : user.getAuthenticationMethods();
            return amr.stream().anyMatch(Set.copyOf(trustedAmr)::contains)
                    || (user.getAuthenticationContextClass() != null
                            && trustedAcr.contains(user.getAuthenticationContextClass()));
        }
    }

    private final Map<String, Settings> settings;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final DirectoryService directory;

    OrganisationLogins(Environment environment, ObjectProvider<ClientRegistrationRepository> registrations,
            DirectoryService directory) {
        this.directory = directory;
        this.settings = new LinkedHashMap<>(Binder.get(environment).bind("groepskracht.security.organisation-login",
                Bindable.mapOf(String.class, Settings.class)).orElse(Map.of()));
        this.registrations = registrations;
    }

    /** The organisations whose accounts can sign in, for the login page. */
    public List<Option> options() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null) {
            return List.of();
        }
        return settings.entrySet().stream().filter(e -> repository.findByRegistrationId(e.getKey()) != null)
                .map(e -> new Option(e.getKey(), e.getValue().organisation())).toList();
    }

    Optional<Settings> of(String registrationId) {
        return Optional.ofNullable(settings.get(registrationId));
    }

    /** The portal's organisation of this name; null when there is none (then no account matches). */
    Long organisationId(String name) {
        return directory.allOrganisations().stream().filter(o -> o.name().equals(name)).map(OrganisationItem::id)
                .findFirst().orElse(null);
    }
}
