package dk.raaderum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.RequestBuilder;

import dk.raaderum.Curl;
import dk.raaderum.RaaderumIntegrationTest;

@RaaderumIntegrationTest
class LoginThrottleTest {

    private static final String PASSWORD = "Sikker-adgang-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    /** The login as if it came from that address. */
    private static RequestBuilder from(String address, SecurityMockMvcRequestBuilders.FormLoginRequestBuilder login) {
        return context -> {
            MockHttpServletRequest request = login.buildRequest(context);
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void user(String name) {
        if (accounts.find(name).isEmpty()) {
            accounts.create(new UserAccounts.NewAccount(name, "Testbruger", Role.LEDER, 575, PASSWORD), "test");
        }
    }

    @Test
    void five_wrong_guesses_lock_the_account_from_that_address_but_not_from_another() throws Exception {
        user("throttle.form");
        for (int i = 0; i < 5; i++) {
            mvc.perform(from("10.0.0.5", formLogin("/login").user("throttle.form").password("gæt-" + i)))
                    .andExpect(unauthenticated());
        }
        mvc.perform(from("10.0.0.5", formLogin("/login").user("throttle.form").password(PASSWORD)))
                .andExpect(unauthenticated());
        mvc.perform(from("10.0.0.6", formLogin("/login").user("throttle.form").password(PASSWORD)))
                .andExpect(authenticated());
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'throttle.form' and outcome = 'låst'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void four_wrong_guesses_do_not_lock() throws Exception {
        user("throttle.four");
        for (int i = 0; i < 4; i++) {
            mvc.perform(from("10.0.1.5", formLogin("/login").user("throttle.four").password("gæt-" + i)))
                    .andExpect(unauthenticated());
        }
        mvc.perform(from("10.0.1.5", formLogin("/login").user("throttle.four").password(PASSWORD)))
                .andExpect(authenticated());
    }

    @Test
    void an_address_that_sprays_guesses_at_many_accounts_is_stopped() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(from("10.0.2.9", formLogin("/login").user("findes-ikke-" + i).password("x")));
        }
        user("throttle.spray");
        mvc.perform(from("10.0.2.9", formLogin("/login").user("throttle.spray").password(PASSWORD)))
                .andExpect(unauthenticated());
        mvc.perform(from("10.0.2.10", formLogin("/login").user("throttle.spray").password(PASSWORD)))
                .andExpect(authenticated());
    }

    @Test
    void a_real_http_client_guessing_with_basic_gets_429_with_retry_after() {
        Assumptions.assumeTrue(Curl.available());
        user("throttle.curl");
        String url = "http://127.0.0.1:" + port + "/api/v1/municipalities/575/goals";
        for (int i = 0; i < 5; i++) {
            assertThat(Curl.run("-u", "throttle.curl:forkert" + i, url)).startsWith("HTTP/1.1 401");
        }
        String locked = Curl.run("-u", "throttle.curl:" + PASSWORD, url);
        assertThat(locked).startsWith("HTTP/1.1 429").containsIgnoringCase("retry-after: 900").contains("låst");
    }
}
