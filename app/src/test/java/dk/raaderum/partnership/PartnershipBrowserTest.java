package dk.raaderum.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.raaderum.Chromium;
import dk.raaderum.RaaderumIntegrationTest;

/** In headless Chromium: a leder makes a measurement and codes, five staff answer without login, the leder sees it. */
@RaaderumIntegrationTest
class PartnershipBrowserTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(390, 1400);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return Chromium.waiting(browser);
    }

    @Test
    void a_leder_makes_a_measurement_and_codes_staff_answer_without_login_and_the_leder_sees_the_results() {
        logIn("leder.aarhus");
        browser.get(url("/kommune/751/temperatur"));
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.ok"), "Målingen er oprettet"));
        String measurement = browser.getCurrentUrl().replaceAll(".*/temperatur/(\\d+).*", "$1");

        WebElement count = browser.findElement(By.id("count"));
        count.clear();
        count.sendKeys("5");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/koder"));
        List<String> codes = browser.findElements(By.cssSelector(".code-sheet .code")).stream()
                .map(e -> e.getText().replace(" ", "")).toList();
        assertThat(codes).hasSize(5);
        assertThat(browser.findElement(By.linkText("Hent koderne som CSV")).getAttribute("href")).contains("eksport=csv");

        browser.manage().deleteAllCookies();
        for (String code : codes) {
            browser.get(url("/svar/" + code));
            assertThat(browser.findElement(By.cssSelector("p.lead")).getText()).contains("Medarbejdere");
            ((JavascriptExecutor) browser).executeScript(
                    "document.querySelectorAll('input[type=radio][value=\"4\"]').forEach(r => r.checked = true);");
            browser.findElement(By.cssSelector("label input[type=radio][value='5']")).click(); // one answer by hand
            browser.findElement(By.cssSelector("main form button[type=submit]")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Tak for dit svar"));
        }
        browser.get(url("/svar/" + codes.get(0)));
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("allerede brugt");

        logIn("leder.aarhus");
        browser.get(url("/kommune/751/temperatur/" + measurement));
        WebElement firstRecommendation = browser.findElement(By.cssSelector("#anbefalinger tbody tr"));
        // recommendation 1: three statements, everyone gave the first 5 and the others 4: (5 × 5 + 10 × 4) / 15
        assertThat(firstRecommendation.getText()).contains("4,3");
        assertThat(browser.findElement(By.id("svar")).getText()).contains("Medarbejdere");
        browser.manage().deleteAllCookies();
    }

    private void logIn(String user) {
        Chromium.logIn(browser, port, user);
    }
}
