package nl.groepskracht.support;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a signed-in user of one role (service tests). */
public final class WithRole {

    private WithRole() {
    }

    public static <T> T as(String role, Supplier<T> action) {
        return as(role.toLowerCase() + "@test.example", role, action);
    }

    public static <T> T as(String name, String role, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                name, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void as(String role, Runnable action) {
        as(role, () -> {
            action.run();
            return null;
        });
    }
}
