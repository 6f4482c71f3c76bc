package dk.raaderum.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.raaderum.RaaderumApplication;

/**
 * Single sign-on end to end against a real OpenID Connect server (mock-oauth2-server, started here): the browser
 * goes to the provider and back, and the provider's groups decide the role and municipality in Råderum.
 */
class SingleSignOnTest {

    static MockOAuth2Server provider;
    static ConfigurableApplicationContext app;
    static int port;
    @TempDir
    static Path folder;

    @BeforeAll
    static void start() {
        provider = new MockOAuth2Server();
        provider.start(0);
        String issuer = provider.issuerUrl("entra").toString();
        app = new SpringApplicationBuilder(RaaderumApplication.class).run("--server.port=0",
                "--raaderum.home=" + folder.resolve("home"), "--RAADERUM_DB_URL=", "--raaderum.demo-register.persons=0",
                "--RAADERUM_DEMO=false", "--raaderum.now=2026-11-30T10:00:00Z",
                "--spring.security.oauth2.client.registration.entra.client-id=raaderum",
                "--spring.security.oauth2.client.registration.entra.client-secret=hemmelig",
                "--spring.security.oauth2.client.registration.entra.client-name=Vejen Kommune",
                "--spring.security.oauth2.client.registration.entra.scope=openid,profile",
                "--spring.security.oauth2.client.provider.entra.issuer-uri=" + issuer,
                "--raaderum.sso.groups-claim=groups",
                "--raaderum.sso.mapping[jobcenter-ledere]=LEDER:575",
                "--raaderum.sso.mapping[kl-analyse]=ANALYTIKER:NETVAERK");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    /** Follows the redirects of a sign-in through the provider, as a browser would; returns the last response. */
    private static HttpResponse<String> signIn(HttpClient browser) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth2/authorization/entra")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (int hop = 0; hop < 6 && response.statusCode() / 100 == 3; hop++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = browser.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static void nextSignInIs(String username, List<String> groups) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("entra", username, "JWT", List.of("raaderum"),
                Map.of("preferred_username", username, "name", "Test " + username, "groups", groups), 3600));
    }

    @Test
    void the_login_page_offers_the_municipalitys_identity_provider() throws Exception {
        String login = browser().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(login).contains("Log ind med Vejen Kommune").contains("/oauth2/authorization/entra");
    }

    @Test
    void a_user_in_the_leaders_group_signs_in_and_may_read_vejens_plan_but_not_aarhus() throws Exception {
        HttpClient browser = browser();
        nextSignInIs("sso.leder@vejen.dk", List.of("alle-ansatte", "jobcenter-ledere"));
        HttpResponse<String> landed = signIn(browser);
        assertThat(landed.statusCode()).isEqualTo(200);

        HttpResponse<String> plan = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/kommune/575/plan")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plan.statusCode()).isEqualTo(200);
        HttpResponse<String> other = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/kommune/751/plan")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(403);

        JdbcClient jdbc = app.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select role || ':' || municipality_code || ':' || sign_in || ':' || (password_hash is null) "
                + "from app_user where username = 'sso.leder@vejen.dk'").query(String.class).single())
                .isEqualTo("LEDER:575:SSO:true");
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'sso.leder@vejen.dk' and action = 'login' "
                + "and outcome = 'ok' and municipality_code = 575").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_user_whose_groups_map_to_no_role_is_refused_with_a_danish_reason() throws Exception {
        HttpClient browser = browser();
        nextSignInIs("udenfor@vejen.dk", List.of("alle-ansatte"));
        HttpResponse<String> landed = signIn(browser);
        assertThat(landed.uri().toString()).contains("/login?sso-fejl");
        assertThat(landed.body()).contains("ingen rolle i Råderum");
        assertThat(app.getBean(JdbcClient.class).sql("select count(*) from app_user where username = 'udenfor@vejen.dk'")
                .query(Long.class).single()).isZero();
    }
}
