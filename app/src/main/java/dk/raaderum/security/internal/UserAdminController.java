package dk.raaderum.security.internal;

import java.security.Principal;
import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.raaderum.geography.Geography;
import dk.raaderum.security.Role;
import dk.raaderum.security.UserAccounts;

/** User administration for the administrator: create, change role and municipality, deactivate, reset password. */
@Controller
@RequestMapping("/admin/brugere")
class UserAdminController {

    /** What the forms send; text as typed, so a refused form shows it again. */
    record UserForm(String username, String displayName, String role, String municipality, String password) {
    }

    private final UserAccounts accounts;
    private final Geography geography;
    private final DemoPasswordWarning demoWarning;

    UserAdminController(UserAccounts accounts, Geography geography, DemoPasswordWarning demoWarning) {
        this.accounts = accounts;
        this.geography = geography;
        this.demoWarning = demoWarning;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm("", "", "", "", ""));
        }
        return page(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, BindingResult errors, Principal by, Model model,
            RedirectAttributes flash) {
        Role role = Role.parse(form.role()).orElse(null);
        Integer municipality = municipality(form.municipality(), errors);
        if (!errors.hasErrors()) {
            UserAccounts.Result result = accounts.create(new UserAccounts.NewAccount(form.username(), form.displayName(),
                    role, municipality, form.password()), by.getName());
            if (result instanceof UserAccounts.Result.Done done) {
                flash.addFlashAttribute("message", "Brugeren " + done.username() + " er oprettet");
                return "redirect:/admin/brugere";
            }
            reject(errors, (UserAccounts.Result.Refused) result);
        }
        return page(model); // the form shows what was typed (the password field is never filled in again)
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        UserAccounts.Account account = accounts.find(username)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
                        "Brugeren findes ikke"));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm(account.username(), account.displayName(), account.role().name(),
                    account.municipality() == null ? "" : account.municipality().toString(), ""));
        }
        return editPage(model, account);
    }

    @PostMapping("/{username}")
    String change(@PathVariable String username, @ModelAttribute("form") UserForm form, BindingResult errors,
            Principal by, Model model, RedirectAttributes flash) {
        UserAccounts.Account account = accounts.find(username)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
                        "Brugeren findes ikke"));
        Role role = Role.parse(form.role()).orElse(null);
        Integer municipality = municipality(form.municipality(), errors);
        if (!errors.hasErrors()) {
            UserAccounts.Result result = accounts.change(username, role, municipality, form.displayName(), by.getName());
            if (result instanceof UserAccounts.Result.Done) {
                flash.addFlashAttribute("message", "Ændringerne er gemt");
                return "redirect:/admin/brugere/" + username;
            }
            reject(errors, (UserAccounts.Result.Refused) result);
        }
        return editPage(model, account);
    }

    @PostMapping("/{username}/adgangskode")
    String resetPassword(@PathVariable String username, @ModelAttribute("passwordForm") UserForm form,
            BindingResult errors, Principal by, Model model, RedirectAttributes flash) {
        UserAccounts.Result result = accounts.resetPassword(username, form.password(), by.getName());
        if (result instanceof UserAccounts.Result.Done) {
            demoWarning.recheck();
            flash.addFlashAttribute("message", "Adgangskoden er skiftet");
            return "redirect:/admin/brugere/" + username;
        }
        UserAccounts.Result.Refused refused = (UserAccounts.Result.Refused) result;
        flash.addFlashAttribute("passwordError", refused.message());
        return "redirect:/admin/brugere/" + username;
    }

    @PostMapping("/{username}/aktiv")
    String setEnabled(@PathVariable String username, @ModelAttribute("enabled") String enabled, Principal by,
            RedirectAttributes flash) {
        UserAccounts.Result result = accounts.setEnabled(username, "true".equals(enabled), by.getName());
        flash.addFlashAttribute(result instanceof UserAccounts.Result.Done ? "message" : "error",
                result instanceof UserAccounts.Result.Refused r ? r.message()
                        : "true".equals(enabled) ? "Brugeren er aktiveret" : "Brugeren er deaktiveret");
        return "redirect:/admin/brugere/" + username;
    }

    private String page(Model model) {
        model.addAttribute("accounts", accounts.all());
        choices(model);
        return "admin/users";
    }

    private String editPage(Model model, UserAccounts.Account account) {
        model.addAttribute("account", account);
        choices(model);
        return "admin/user";
    }

    private void choices(Model model) {
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("municipalities", geography.municipalities());
    }

    /** The municipality field: empty for the network, else a known code. */
    private Integer municipality(String text, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.rejectValue("municipality", "invalid", "Vælg en kommune på listen");
            return null;
        }
    }

    private static void reject(BindingResult errors, UserAccounts.Result.Refused refused) {
        errors.rejectValue(refused.field(), "invalid", refused.message());
    }
}
