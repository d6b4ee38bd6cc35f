package nl.groepskracht.base.web;

import java.util.Map;
import nl.groepskracht.base.ErrorIds;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The public pages' error page shows an id the person can quote; the log has the same id with the
 * stack trace. Nothing technical reaches the page.
 */
@Component
class FriendlyErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Throwable error = getError(request);
        if (error != null) {
            attributes.put("reference", ErrorIds.logUnexpected(error));
        }
        return attributes;
    }
}
