package nl.groepskracht.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the password check needs of the request besides the password: the client and its "remember" cookie. */
class SignInDetails extends WebAuthenticationDetails {

    private final transient String deviceCookie;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.deviceCookie = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> DeviceMemory.COOKIE.equals(c.getName())).map(jakarta.servlet.http.Cookie::getValue)
                .findFirst().orElse(null);
    }

    String deviceCookie() {
        return deviceCookie;
    }
}
