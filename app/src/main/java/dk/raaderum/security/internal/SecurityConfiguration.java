package dk.raaderum.security.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Public statistics are open to everyone; everything that is a municipality's own needs login.
 * Browsers use a session with CSRF protection; API clients may use HTTP Basic (over TLS).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {"/", "/kort", "/kommune/**", "/benchmark", "/om", "/login", "/error",
        "/css/**", "/js/**", "/webjars/**", "/favicon.ico"};
    /** A municipality's own steering documents; who may see which municipality is decided per request. */
    private static final String[] MUNICIPALITY_OWN_PAGES = {"/kommune/*/plan", "/kommune/*/plan/**"};
    private static final String[] PUBLIC_API = {"/api/v1/municipalities", "/api/v1/indicators", "/api/v1/values",
        "/api/v1/benchmark", "/api/v1/openapi.json", "/api/v1/openapi.json/**"};

    /** A request that carries its own credentials cannot be forged by another site, so it needs no CSRF token. */
    private static final RequestMatcher BASIC_AUTH = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    };

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTH));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(MUNICIPALITY_OWN_PAGES).authenticated()
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**").hasAnyRole("ADMINISTRATOR", "ANALYTIKER")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
