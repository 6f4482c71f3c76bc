package dk.raaderum.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

import dk.raaderum.platform.DanishFormat;

/**
 * Renders a report template to HTML with Thymeleaf, and the same HTML to a tagged PDF (PDF/UA) with
 * openhtmltopdf: DejaVu Sans embedded, SVG charts drawn as vectors by Batik, page numbers from CSS.
 */
@Component
class DocumentRenderer {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final ApplicationContext context;

    DocumentRenderer(ITemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
        registerWithJava2D();
        XRLog.setLoggingEnabled(false); // its INFO lines per font load would drown the batch's progress bar
    }

    String html(String template, Map<String, Object> variables) {
        Context model = new Context(DanishFormat.DANISH, variables);
        model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return templates.process(template, model);
    }

    byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FAMILY, 400, PdfRendererBuilder.FontStyle.ITALIC, true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        return DocumentRenderer.class.getResourceAsStream(FONTS + file);
    }

    /** Batik draws SVG text with Java2D fonts, so the same font is made known there (no system font needed). */
    private static void registerWithJava2D() {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            try (InputStream in = font(file)) {
                environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("Skrifttypen " + file + " kunne ikke indlæses", e);
            }
        }
    }
}
