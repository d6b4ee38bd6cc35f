package nl.groepskracht.support;

import nl.groepskracht.base.Roles;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import nl.groepskracht.security.Role;
import nl.groepskracht.security.UserDraft;
import nl.groepskracht.security.UserService;
import org.springframework.stereotype.Component;

/** Creates real accounts for tests (a signed-in professional must exist in the database). */
@Component
public class Accounts {

    private final UserService users;
    private final ProfessionalDirectory professionals;

    Accounts(UserService users, ProfessionalDirectory professionals) {
        this.users = users;
        this.professionals = professionals;
    }

    public Professional create(String name, Role role) {
        var draft = new UserDraft();
        draft.setEmail(name.toLowerCase().replaceAll("[^a-z]", "") + "." + System.nanoTime() + "@test.example");
        draft.setDisplayName(name);
        draft.setRole(role);
        long id = WithRole.as(Roles.ADMIN, () -> users.create(draft).id());
        return professionals.findAll(java.util.List.of(id)).getFirst();
    }

    /** Runs the action signed in as this professional. */
    public static <T> T as(Professional who, java.util.function.Supplier<T> action) {
        return WithRole.as(who.email(), who.role().name(), action);
    }

    public static void as(Professional who, Runnable action) {
        WithRole.as(who.email(), who.role().name(), () -> {
            action.run();
            return null;
        });
    }
}
