package dk.raaderum.security.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Public statistics are open to everyone; everything that is a municipality's own needs login, and each
 * controller method declares who may use it ({@code @PreAuthorize} with the {@code access} bean). Browsers use
 * a session with CSRF protection and may sign in with a password or, when configured, the municipality's own
 * identity provider (OpenID Connect); API clients may use HTTP Basic over TLS (or on the loopback address).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    /** Only an administrator manages users and reads the whole audit trail. */
    private static final String[] ADMINISTRATOR_ONLY = {"/admin/brugere", "/admin/brugere/**", "/admin/revisionsspor",
        "/admin/revisionsspor/**", "/api/v1/audit", "/api/v1/users", "/api/v1/users/**"};
    /** Pages that are a municipality's own: who may see which municipality is decided per request. */
    private static final String[] MUNICIPALITY_OWN_PAGES = {"/kommune/*/plan", "/kommune/*/plan/**"};
    private static final String[] PUBLIC_API = {"/api/v1/municipalities", "/api/v1/indicators", "/api/v1/values",
        "/api/v1/benchmark", "/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/partnerships",
        "/api/v1/practices", "/api/v1/practices/**"};

    /** A request that carries its own credentials cannot be forged by another site, so it needs no CSRF token. */
    private static final RequestMatcher BASIC_AUTH = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    };

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, SecurityFilters filters) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(ADMINISTRATOR_ONLY).hasRole("ADMINISTRATOR")
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/answers/*").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(filters.apiEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(filters.apiEntryPoint())
                        .accessDeniedHandler(filters.accessDenied()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTH)
                        .ignoringRequestMatchers("/api/v1/answers/*")
                        .csrfTokenRequestHandler(new NoTokenInQueryString()))
                .headers(SecurityConfiguration::headers)
                .addFilterBefore(filters.basicOnlyOverTls(), BasicAuthenticationFilter.class)
                .addFilterBefore(filters.throttle(), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, SecurityFilters filters,
            ObjectProvider<ClientRegistrationRepository> identityProviders, SsoUsers ssoUsers) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(ADMINISTRATOR_ONLY).hasRole("ADMINISTRATOR")
                        .requestMatchers("/admin/**").hasAnyRole("ADMINISTRATOR", "ANALYTIKER")
                        .requestMatchers(MUNICIPALITY_OWN_PAGES).authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?fejl").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logget-ud"))
                .exceptionHandling(e -> e.accessDeniedHandler(filters.accessDenied())
                        .authenticationEntryPoint(filters.webEntryPoint()))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new NoTokenInQueryString()))
                .headers(SecurityConfiguration::headers)
                .addFilterBefore(filters.throttle(), UsernamePasswordAuthenticationFilter.class);
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(user -> user.oidcUserService(ssoUsers))
                    .failureHandler(ssoUsers.failureHandler()));
        }
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .httpStrictTransportSecurity(Customizer.withDefaults());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
