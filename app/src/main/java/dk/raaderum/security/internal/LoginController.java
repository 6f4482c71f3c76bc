package dk.raaderum.security.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: a password form, a button per configured identity provider, and any warning or refusal. */
@Controller
class LoginController {

    record Provider(String name, String href) {
    }

    private final ObjectProvider<ClientRegistrationRepository> identityProviders;
    private final DemoPasswordWarning demoWarning;

    LoginController(ObjectProvider<ClientRegistrationRepository> identityProviders, DemoPasswordWarning demoWarning) {
        this.identityProviders = identityProviders;
        this.demoWarning = demoWarning;
    }

    @GetMapping("/login")
    String login(Model model, HttpSession session) {
        List<Provider> providers = new ArrayList<>();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object r : registrations) {
                ClientRegistration registration = (ClientRegistration) r;
                providers.add(new Provider(registration.getClientName(),
                        "/oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        model.addAttribute("providers", providers);
        model.addAttribute("demoPasswordWarning", demoWarning.active());
        Object ssoFailure = session.getAttribute(SsoUsers.FAILURE);
        if (ssoFailure != null) {
            model.addAttribute("ssoFailure", ssoFailure);
            session.removeAttribute(SsoUsers.FAILURE);
        }
        return "security/login";
    }
}
