package dk.raaderum.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.raaderum.Chromium;
import dk.raaderum.RaaderumIntegrationTest;

/**
 * The leder of Vejen looks at the pages on citizens, companies and dialogue in headless Chromium on a desktop (1366 px)
 * and a phone (390 px): nothing runs off the side of the page, and a screenshot of each is kept in
 * {@code target/screenshots} for a person to look at.
 */
@RaaderumIntegrationTest
class CitizensCompaniesBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(1366, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void no_page_runs_off_the_side_on_a_desktop_or_a_phone() throws IOException {
        long citizen = jdbc.sql("select id from progression_citizen where municipality_code = 575 and case_ref = 'SYN-0010'")
                .query(Long.class).single();
        String cvr = jdbc.sql("select cvr from company where municipality_code = 575 order by cvr limit 1")
                .query(String.class).single();
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("progression", "/kommune/575/progression");
        pages.put("progression-team", "/kommune/575/progression?efter=team");
        pages.put("borgere", "/kommune/575/borgere");
        pages.put("borger", "/kommune/575/borgere/" + citizen + "?begrundelse=skærmbillede");
        pages.put("borgerimport", "/kommune/575/borgere/import");
        pages.put("opsaetning", "/kommune/575/progression/opsaetning");
        pages.put("virksomheder", "/kommune/575/virksomheder");
        pages.put("virksomhedstal", "/kommune/575/virksomheder/tal");
        pages.put("virksomhed", "/kommune/575/virksomheder/" + cvr);
        pages.put("virksomhedsimport", "/kommune/575/virksomheder/import");
        pages.put("dialog", "/kommune/575/dialog");

        Chromium.logIn(browser, port, "leder.vejen");
        Files.createDirectories(SHOTS);
        List<String> overflowing = new ArrayList<>();
        for (int width : new int[] {1366, 390}) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                emulate(width, 900);
                browser.get("http://localhost:" + port + page.getValue());
                assertThat(browser.findElement(By.tagName("h1")).getText()).as(page.getValue()).isNotBlank();
                long pageWidth = number("return document.documentElement.scrollWidth;");
                if (pageWidth > width) {
                    overflowing.add(page.getValue() + " at " + width + " px is " + pageWidth + " px wide");
                }
                emulate(width, Math.min(number("return document.documentElement.scrollHeight;"), 6000));
                Files.write(SHOTS.resolve(page.getKey() + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            }
        }
        assertThat(overflowing).isEmpty();
        browser.manage().deleteAllCookies();
    }

    private void emulate(long width, long height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }
}
