package dk.raaderum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** End to end in headless Chromium (Debian's chromium and chromium-driver): the map, then a municipality. */
@RaaderumIntegrationTest
class BrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start("1280,1200");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void the_map_shows_every_municipality_and_leads_to_a_municipality_page_with_its_charts() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("98 kommuner");
        assertThat(browser.findElements(By.cssSelector("svg.choropleth path"))).hasSize(98);
        assertThat(browser.findElements(By.cssSelector(".legend li"))).hasSize(6);
        assertThat(browser.findElement(By.tagName("figcaption")).getText()).contains("Kilde: Jobindsats.dk").contains("Data til og med");

        // changing the indicator swaps the map in place (htmx) and the heading follows
        new Select(browser.findElement(By.id("indikator"))).selectByValue("kontanthjaelp_pct_befolkning");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("kort-titel"), "Kontanthjælp"));
        assertThat(browser.getCurrentUrl()).contains("indikator=kontanthjaelp_pct_befolkning");

        // the table alternative holds the same municipalities, and leads on
        browser.findElement(By.cssSelector("details.table-alternative summary")).click();
        List<WebElement> rows = browser.findElements(By.cssSelector("details.table-alternative tbody tr"));
        assertThat(rows).hasSize(98);
        browser.findElement(By.linkText("Vejen")).click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Vejen Kommune"));
        WebElement canvas = browser.findElement(By.id("ind-ledige_pct_arbejdsstyrke-chart"));
        Object lines = ((JavascriptExecutor) browser).executeScript(
                "const c = Chart.getChart(arguments[0]); return c ? c.data.datasets.map(d => d.label) : null;", canvas);
        assertThat(((List<?>) lines).stream().map(String::valueOf).toList()).containsExactly("Vejen", "Landsdel Sydjylland", "Region Syddanmark", "Hele landet",
                "Sammenlignelige kommuner");
        assertThat(canvas.getAttribute("aria-label")).contains("Vejen").contains("pct.");
    }

    @Test
    void the_first_tab_reaches_the_skip_link() {
        browser.get("http://localhost:" + port + "/kommune/751");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Spring til indholdet");
    }

    @Test
    void leder_vejen_logs_in_and_creates_a_goal_through_the_plan_page_while_leder_aarhus_is_refused() {
        browser.manage().deleteAllCookies();
        logIn("leder.aarhus");
        browser.get("http://localhost:" + port + "/kommune/575/plan");
        assertThat(browser.getPageSource()).doesNotContain("Mål og status");

        browser.manage().deleteAllCookies();
        logIn("leder.vejen");
        browser.get("http://localhost:" + port + "/kommune/575/plan");
        browser.findElement(By.id("title")).sendKeys("Mål fra browseren");
        new Select(browser.findElement(By.id("indicator"))).selectByValue("ledige_fuldtid");
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('baselineMonth').value = '2025-12';"
                        + "document.getElementById('deadline').value = '2026-12';");
        browser.findElement(By.id("target")).sendKeys("1.000.000");
        browser.findElement(By.id("owner")).sendKeys("Jobcenterchefen");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.ok"), "Målet er oprettet"));
        WebElement row = browser.findElement(By.xpath("//tr[.//a[text()='Mål fra browseren']]"));
        assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("på sporet");
        browser.manage().deleteAllCookies();
    }

    private void logIn(String user) {
        HeadlessChromium.logIn(browser, port, user);
    }
}
