package nl.groepskracht.base.web;

import java.util.Map;
import nl.groepskracht.base.ErrorIds;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The public pages' error page. A real fault (5xx) gets an id the person can quote, and the log has
 * the same id with the stack trace. An unknown address or a malformed parameter (4xx) is the
 * visitor's mistake, not the portal's: a plain page, no error id, nothing logged as an error.
 */
@Component
class FriendlyErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Throwable error = getError(request);
        Object status = attributes.get("status");
        if (error != null && status instanceof Integer code && code >= 500) {
            attributes.put("reference", ErrorIds.logUnexpected(error));
        }
        return attributes;
    }
}
