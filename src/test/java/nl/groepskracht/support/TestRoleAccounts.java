package nl.groepskracht.support;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The accounts tests act as ({@code WithRole.as(Roles.ADMIN, ...)} signs in as
 * {@code admin@test.example}, and so on): service guards ask the database for an active account with
 * that role, so they must exist. They cannot sign in (no usable password).
 */
@Component
class TestRoleAccounts implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    TestRoleAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String role : java.util.List.of("ADMIN", "ADVISEUR", "FACILITATOR")) {
            jdbc.update("INSERT IGNORE INTO user_account (email, display_name, role, active, password_hash, "
                    + "created_at, version, security_version) VALUES (?, ?, ?, TRUE, '{noop}-', UTC_TIMESTAMP(6), 0, 0)",
                    role.toLowerCase() + "@test.example", "Test " + role.toLowerCase(), role);
        }
    }
}
