package dk.raaderum.platform.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What an error page may say: for a refused request (4xx) the reason the application gave, which is written for
 * the user ("Der er ikke tal for hele 1. kvartal 2030 endnu …"); for a server error (5xx) nothing but that it happened,
 * since its message is the server's and may name internals.
 */
@Component
class ErrorPages extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request,
                options.including(ErrorAttributeOptions.Include.MESSAGE));
        Object status = attributes.get("status");
        if (!(status instanceof Integer code) || code >= 500) {
            attributes.remove("message");
        }
        attributes.remove("exception");
        attributes.remove("trace");
        return attributes;
    }
}
