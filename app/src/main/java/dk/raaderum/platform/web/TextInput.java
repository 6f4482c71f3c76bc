package dk.raaderum.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text that PostgreSQL cannot store (a NUL character) is refused at the door with 400, in form fields, query
 * parameters and JSON bodies alike, instead of failing deep inside a save with 500.
 */
@Configuration(proxyBeanMethods = false)
class TextInput {

    static final String NUL_MESSAGE = "Teksten indeholder et NUL-tegn (\\u0000), som ikke kan gemmes. Fjern det, og prøv igen.";

    @Bean
    OncePerRequestFilter nulCharacters() {
        return new NoNulParameters();
    }

    @Bean
    JsonMapperBuilderCustomizer noNulInJson() {
        return builder -> builder.addModule(new SimpleModule("raaderum-text").addDeserializer(String.class,
                new NoNulStrings()));
    }

    @Order(Ordered.HIGHEST_PRECEDENCE + 30)
    static final class NoNulParameters extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean nul = request.getParameterMap().entrySet().stream().anyMatch(e -> e.getKey().indexOf('\0') >= 0
                    || java.util.Arrays.stream(e.getValue()).anyMatch(v -> v != null && v.indexOf('\0') >= 0));
            if (nul) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"title\":\"Ugyldig tekst\",\"status\":400,\"detail\":\""
                        + NUL_MESSAGE.replace("\\", "\\\\") + "\"}");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    static final class NoNulStrings extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(p, NUL_MESSAGE, text, String.class);
            }
            return text;
        }
    }
}
