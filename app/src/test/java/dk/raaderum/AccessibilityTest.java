package dk.raaderum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.raaderum.importing.Imports;

/**
 * Every main page in a real browser, logged out and logged in: axe-core (fetched from npm by .ci/fetch-axe and
 * injected as a file) must find no WCAG 2.1 A/AA violation, and at 1366 and 390 px nothing may make the page scroll
 * sideways, and every page has a heading. The screenshots land in app/target/screenshots for a person to look at.
 */
@RaaderumIntegrationTest
class AccessibilityTest {

    private static final Path AXE = Path.of("..", ".ci", "cache", "axe-core", "axe.min.js");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> PUBLIC_PAGES = List.of("/", "/kommune/575", "/kommune/575/nogletal/ledige_pct_arbejdsstyrke",
            "/benchmark", "/kommune/575/benchmark", "/benchmark?indikator=ordinaere_timer_andel", "/kommune/575/oekonomi",
            "/kommune/575/plan", "/kommune/575/plan/motorvej", "/kommune/575/plan/beslutninger",
            "/kommune/575/plan/resultatrevision/2026", "/kommune/575/rapport?format=html", "/om", "/login",
            "/partnerskaber", "/god-praksis", "/kommune/575/partnerskab", "/svar", "/findes-ikke");
    private static final List<String> LEDER_PAGES = List.of("/kommune/575/plan", "/kommune/575/plan/motorvej",
            "/kommune/575/plan/beslutninger", "/kommune/575/plan/resultatrevision/2026", "/kommune/575/temperatur",
            "/kommune/575/handleplan", "/kommune/575/revisionsspor", "/kommune/575/progression",
            "/kommune/575/progression?efter=team", "/kommune/575/progression/opsaetning", "/kommune/575/borgere",
            "/kommune/575/borgere/import", "/kommune/575/virksomheder", "/kommune/575/virksomheder/tal",
            "/kommune/575/virksomheder/import", "/kommune/575/dialog", "/kommune/575/oekonomi/prognose",
            "/kommune/575/oekonomi/investeringscases", "/kommune/575/oekonomi/aktiveringsmiks", "/admin/import");
    private static final List<String> ADMIN_PAGES = List.of("/admin/import", "/admin/brugere", "/admin/revisionsspor");

    static WebDriver browser;
    static String axe;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Imports imports;

    @BeforeAll
    static void start() throws IOException {
        boolean fetched = Files.isReadable(AXE);
        if (!fetched && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must fetch axe-core first (.ci/fetch-axe)");
        }
        Assumptions.assumeTrue(fetched, "axe-core is not fetched here: run .ci/fetch-axe");
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        browser = Chromium.start(1366, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_public_pages_have_no_accessibility_violations_and_no_sideways_scrolling() throws IOException {
        browser.manage().deleteAllCookies();
        List<String> pages = new ArrayList<>(PUBLIC_PAGES);
        pages.add(firstLink("/partnerskaber", "main a[href^='/partnerskaber/']"));
        pages.add(firstLink("/god-praksis", "main a[href^='/god-praksis/']"));
        assertThat(problems("offentlig", pages)).isEmpty();
    }

    @Test
    void a_leaders_and_an_administrators_pages_have_no_accessibility_violations_and_no_sideways_scrolling()
            throws IOException {
        Chromium.logIn(browser, port, "leder.vejen");
        List<String> pages = new ArrayList<>(LEDER_PAGES);
        pages.add(firstLink("/kommune/575/plan", "a[href*='/plan/maal/']"));
        pages.add("/kommune/575/borgere/" + jdbc.sql("select id from progression_citizen where municipality_code = 575"
                + " and case_ref = 'SYN-0010'").query(Long.class).single() + "?begrundelse=skærmbillede");
        pages.add("/kommune/575/virksomheder/" + jdbc.sql("select cvr from company where municipality_code = 575"
                + " order by cvr limit 1").query(String.class).single());
        List<String> found = new ArrayList<>(problems("leder", pages));
        Chromium.logIn(browser, port, "admin");
        found.addAll(problems("admin", ADMIN_PAGES));
        browser.manage().deleteAllCookies();
        assertThat(found).isEmpty();
    }

    @Test
    void the_economy_pages_with_a_register_and_a_business_case_have_no_accessibility_violations(@TempDir Path folder)
            throws IOException {
        TestRegister.imported(imports, folder); // Aarhus has spells enough in the small test register for a case
        String created = new Api(port).as("leder.aarhus", RaaderumIntegrationTest.DEMO_PASSWORD, "POST",
                "/api/v1/municipalities/751/businesscases", """
                        {"title": "Tilgængelighed", "group": "kontanthjaelp", "citizens": 20, "costOneOffDkk": 100000,
                         "costPerCitizenWeekDkk": 0, "effectExitRatePp": 5, "effectFromWeek": 10, "years": 2}""").body();
        long id = Api.parse(created).get("id").asLong();
        Chromium.logIn(browser, port, "leder.aarhus");
        List<String> found = problems("leder-aarhus", List.of("/kommune/751/oekonomi/prognose",
                "/kommune/751/oekonomi/investeringscases", "/kommune/751/oekonomi/investeringscases/" + id));
        browser.manage().deleteAllCookies();
        assertThat(found).isEmpty();
    }

    /** Pages whose ids only the running system knows (a goal, a partnership): the first one its list links to. */
    private String firstLink(String page, String css) {
        browser.get(url(page));
        String href = browser.findElement(By.cssSelector(css)).getAttribute("href");
        return href.substring(href.indexOf("/", "http://".length()));
    }

    private List<String> problems(String who, List<String> pages) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            for (int width : new int[] {1366, 390}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.get(url(page));
                if (browser.findElements(By.tagName("h1")).stream().allMatch(h -> h.getText().isBlank())) {
                    found.add(who + " " + page + " has no heading (h1)");
                }
                JavascriptExecutor js = (JavascriptExecutor) browser;
                long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
                assertThat(viewport).as("viewport at %d px", width).isLessThanOrEqualTo(width);
                long content = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
                if (content > viewport) {
                    found.add(who + " " + page + " at " + width + " px scrolls sideways: " + content + " > " + viewport
                            + " px, widest: " + js.executeScript(WIDEST, viewport));
                }
                Files.write(SCREENSHOTS.resolve(who + page.replaceAll("[^a-z0-9]+", "-") + "-" + width + ".png"),
                        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                if (width == 1366) {
                    js.executeScript(axe);
                    String violations = String.valueOf(js.executeAsyncScript(AXE_RUN));
                    if (!violations.equals("[]")) {
                        found.add(who + " " + page + ": " + violations);
                    }
                }
            }
        }
        return found;
    }

    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,
                  nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary)})))))
              .catch(e => done('axe failed: ' + e));""";

    /** Names the element reaching furthest right, so a failure says what to fix. */
    private static final String WIDEST = """
            const limit = arguments[0]; let worst = null, right = limit;
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect().right;
              if (r > right) { right = r; worst = e; }
            }
            return worst ? worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '') + '.' + worst.className + ' ' + right : 'ukendt';""";

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
