package dk.raaderum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dk.raaderum.Curl;
import dk.raaderum.RaaderumIntegrationTest;

@RaaderumIntegrationTest
class HeadersAndSessionsTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @Test
    void a_real_http_client_sees_a_strict_content_security_policy_and_the_privacy_headers() {
        Assumptions.assumeTrue(Curl.available());
        String page = Curl.run("http://127.0.0.1:" + port + "/om").toLowerCase();
        String csp = page.lines().filter(l -> l.startsWith("content-security-policy:")).findFirst().orElseThrow();
        String scripts = csp.substring(csp.indexOf("script-src"));
        assertThat(scripts.substring(0, scripts.indexOf(';'))).isEqualTo("script-src 'self'");
        assertThat(csp).contains("object-src 'none'").contains("frame-ancestors 'none'");
        assertThat(page).contains("referrer-policy: strict-origin-when-cross-origin").contains("permissions-policy: camera=()")
                .contains("x-content-type-options: nosniff");
    }

    @Test
    void no_page_has_an_inline_script_or_event_handler_that_the_policy_would_block() throws Exception {
        for (String page : new String[] {"/", "/kommune/575", "/benchmark", "/kommune/575/benchmark", "/om", "/login"}) {
            String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
            assertThat(doc.select("script:not([src]):not([type=application/json])")).as(page).isEmpty();
            assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).as(page).isEmpty();
        }
    }

    @Test
    void the_session_cookie_is_samesite_lax_and_http_only() {
        Assumptions.assumeTrue(Curl.available());
        String login = Curl.run("http://127.0.0.1:" + port + "/login");
        String cookie = login.lines().filter(l -> l.toLowerCase().startsWith("set-cookie: jsessionid")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void http_basic_over_plain_http_is_refused_from_another_machine_but_allowed_on_loopback() throws Exception {
        mvc.perform(get("/api/v1/municipalities/575/goals").with(httpBasic("leder.vejen", RaaderumIntegrationTest.DEMO_PASSWORD))
                .with(r -> {
                    r.setRemoteAddr("10.20.30.40");
                    return r;
                })).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/municipalities/575/goals").with(httpBasic("leder.vejen", RaaderumIntegrationTest.DEMO_PASSWORD))
                .with(r -> {
                    r.setRemoteAddr("10.20.30.40");
                    r.setSecure(true);
                    return r;
                })).andExpect(status().isOk());
        mvc.perform(get("/api/v1/municipalities/575/goals").with(httpBasic("leder.vejen", RaaderumIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void a_csrf_token_in_the_address_is_not_accepted_but_the_same_token_in_the_form_is() throws Exception {
        MvcResult form = mvc.perform(get("/kommune/575/plan").with(user(leader()))).andReturn();
        CsrfToken token = (CsrfToken) form.getRequest().getAttribute(CsrfToken.class.getName());
        var session = (org.springframework.mock.web.MockHttpSession) form.getRequest().getSession();
        String value = token.getToken();

        mvc.perform(post("/kommune/575/plan/tekster/VISION?_csrf=" + value).session(session).with(user(leader()))
                .param("body", "Vision via adressen")).andExpect(status().isForbidden());
        mvc.perform(post("/kommune/575/plan/tekster/VISION").session(session).with(user(leader()))
                .param("body", "Vision via formularen").param("_csrf", value)).andExpect(status().is3xxRedirection());
    }

    private org.springframework.security.core.userdetails.UserDetails leader() {
        return org.springframework.security.core.userdetails.User.withUsername("leder.vejen").password("x")
                .authorities("ROLE_LEDER", "KOMMUNE_575").build();
    }
}
