package nl.groepskracht.security;

import java.time.Clock;
import java.util.List;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can sign in: the demo accounts when demo data is on (README lists them), and
 * otherwise a first administrator from {@code groepskracht.initial-admin.*} when there is none.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("facilitator@groepskracht.demo", "Fatima El Amrani", Role.FACILITATOR,
                    "Lokalis buurtteam Overvecht"),
            new DemoAccount("jgz@groepskracht.demo", "Sanne de Vries", Role.FACILITATOR, "JGZ Utrecht"),
            new DemoAccount("adviseur@groepskracht.demo", "Joost Bakker", Role.ADVISEUR, null),
            new DemoAccount("admin@groepskracht.demo", "Mira Jansen", Role.ADMIN, null));
    static final String DEMO_PASSWORD = "groepskracht";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final DirectoryService directory;
    private final Clock clock;
    private final Environment env;
    private final AccountAudit audit;

    AccountBootstrap(UserAccountRepository users, PasswordEncoder encoder, DirectoryService directory, Clock clock,
            Environment env, AccountAudit audit) {
        this.audit = audit;
        this.users = users;
        this.encoder = encoder;
        this.directory = directory;
        this.clock = clock;
        this.env = env;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (env.getProperty("groepskracht.demo-data.enabled", Boolean.class, false)) {
            DEMO_ACCOUNTS.forEach(this::createIfMissing);
        }
        String email = env.getProperty("groepskracht.initial-admin.email");
        String password = env.getProperty("groepskracht.initial-admin.password");
        if (StringUtils.hasText(email) && StringUtils.hasText(password) && !users.existsByRole(Role.ADMIN)) {
            // the password sits in a configuration file: the administrator replaces it at the first login
            create(email, "Beheerder", Role.ADMIN, null, password, true);
            log.info("Created the initial administrator account");
        }
    }

    private void createIfMissing(DemoAccount demo) {
        if (users.findByEmail(demo.email()).isEmpty()) {
            Long organisationId = directory.allOrganisations().stream()
                    .filter(o -> o.name().equals(demo.organisation()))
                    .map(OrganisationItem::id).findFirst().orElse(null);
            create(demo.email(), demo.name(), demo.role(), organisationId, DEMO_PASSWORD, false);
        }
    }

    private void create(String email, String name, Role role, Long organisationId, String password,
            boolean mustChangePassword) {
        var draft = new UserDraft();
        draft.setEmail(email);
        draft.setDisplayName(name);
        draft.setRole(role);
        draft.setOrganisationId(organisationId);
        var account = new UserAccount(encoder.encode(password), mustChangePassword, clock.instant());
        account.apply(draft);
        audit.created(users.save(account));
    }

    record DemoAccount(String email, String name, Role role, String organisation) {
    }
}
