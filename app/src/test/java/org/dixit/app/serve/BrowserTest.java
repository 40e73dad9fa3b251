package org.dixit.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dixit.extract.DixitExtractor;
import org.dixit.index.QuoteArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in real headless Chromium, against a real server over an archive on disk. */
class BrowserTest {
    static final String TOKEN = "browser-test-token";
    static final String XSS_ID = "xss/1 #evil";
    static final String XSS_TITLE = "<script>alert('title')</script>Attaque";

    @TempDir
    static Path dir;
    static DixitServer server;
    static WebDriver driver;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        TestArchive.build(dir);
        server = DixitServer.start(QuoteArchive.open(dir), TOKEN, DixitExtractor.create(), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        // the hostile article arrives through the ingest API, as untrusted input would
        String body = new ObjectMapper().createObjectNode().put("id", XSS_ID).put("date", "2019-02-03")
                .put("source", "<b>Evil</b> Times").put("title", XSS_TITLE).put("url", "javascript:window.__xss=2")
                .put("lang", "fr").put("text", IngestApiTest.XSS_TEXT).toString();
        Http.Answer a = Http.of(server).post("/api/articles", body, "Bearer " + TOKEN);
        assertEquals(200, a.status(), a.body());
        assertEquals(1, a.json().get("quotes").asInt(), a.body());
        driver = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            server.close();
        }
    }

    @AfterEach
    void noScriptErrors() {
        List<String> errors = Browser.consoleErrors(driver);
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void searchThenOpenTheArticleWhereTheQuoteIsHighlighted() throws Exception {
        driver.get(base + "/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits li.hit")));
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("casseurs");
        driver.findElement(By.cssSelector("#search button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "2 quotes"));
        assertTrue(driver.getCurrentUrl().contains("q=casseurs"), driver.getCurrentUrl());
        List<WebElement> hits = driver.findElements(By.cssSelector("#hits li.hit"));
        assertEquals(2, hits.size());
        assertTrue(driver.findElement(By.id("facets")).getText().contains("Christophe Castaner"));
        Browser.screenshot(driver, "browser-search");

        String quote = "Nous ne laisserons pas les casseurs détruire nos villes et nos commerces";
        WebElement hit = hits.stream().filter(h -> h.getText().contains(quote)).findFirst().orElseThrow();
        hit.findElement(By.cssSelector("a.in-context")).click();
        WebElement mark = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[@id='article-text']//mark[contains(@class,'q') and normalize-space(.)=\"" + quote + "\"]")));
        assertTrue(driver.getCurrentUrl().contains("/article.html?id=craft-1"), driver.getCurrentUrl());
        assertTrue(mark.getAttribute("class").contains("t-direct"), mark.getAttribute("class"));
        assertTrue(mark.getAttribute("class").contains("focus"), "the quote followed is focused");
        String highlight = (String) js("return getComputedStyle(arguments[0]).backgroundColor", mark);
        assertFalse(highlight.equals("rgba(0, 0, 0, 0)") || highlight.equals("transparent"), highlight);
        String evidence = mark.getAttribute("title");
        assertTrue(evidence.contains("rule: direct.") && evidence.contains("Christophe Castaner"), evidence);
        String q0 = mark.getAttribute("data-q");
        WebElement speaker = driver.findElement(By.cssSelector("#article-text span.spk[data-q='" + q0 + "']"));
        assertEquals("Christophe Castaner", speaker.getText());
        WebElement cue = driver.findElement(By.cssSelector("#article-text span.cue[data-q='" + q0 + "']"));
        assertEquals("a déclaré", cue.getText());
        // the side list gives the same evidence in full
        WebElement item = driver.findElement(By.id("item" + q0));
        assertTrue(item.getText().contains("direct.quote-then-cue"), item.getText());
        // the article text is shown whole: the highlighting added nothing and dropped nothing
        String shown = (String) js("return document.getElementById('article-text').textContent");
        String stored = Http.of(server).get("/api/articles/craft-1").json().get("text").asText();
        assertEquals(stored, shown);
        Path shot = Browser.screenshot(driver, "browser-article");
        assertTrue(Files.size(shot) > 10_000, "screenshot " + shot);
    }

    @Test
    void markupInArticlesIsShownAsTextAndNeverRuns() throws Exception {
        driver.get(base + "/article.html?id=" + Http.enc(XSS_ID));
        WebElement mark = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#article-text mark.q")));
        assertTrue(mark.getText().contains("<script>alert(1)</script>"), mark.getText());
        assertTrue(mark.getText().contains("<img src=x onerror=\"window.__xss=1\">"), mark.getText());
        assertInert();
        assertEquals(XSS_TITLE, driver.findElement(By.tagName("h1")).getText());
        assertEquals(IngestApiTest.XSS_TEXT, js("return document.getElementById('article-text').textContent"));
        // a javascript: address from the data is not made a link
        assertEquals(0L, js("return document.querySelectorAll('a[href^=\"javascript\" i]').length"));
        assertTrue(driver.findElements(By.linkText("original")).isEmpty());
        Browser.screenshot(driver, "browser-xss-article");

        driver.get(base + "/?q=pirates");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("hits"), "<img src=x"));
        assertTrue(driver.findElement(By.id("facets")).getText().contains("<b>Evil</b> Times"));
        assertInert();
        driver.get(base + "/quote.html?id=" + Http.enc(XSS_ID + "#0"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("appearances"), "<script>"));
        assertInert();
    }

    private static void assertInert() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(Boolean.TRUE, js("return window.__xss === undefined"), "injected script ran");
        assertEquals(0L, js("return document.querySelectorAll('img, script:not([src]), b, iframe').length"),
                "markup from the data became elements");
    }

    @Test
    void speakerPageDrawsTheTimelineOfQuotesPerMonth() throws Exception {
        driver.get(base + "/speaker.html?id=christophe-castaner");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Christophe Castaner"));
        waiting().until(d -> js("return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('months'))"));
        assertEquals(List.of("2019-01", "2019-02"),
                js("return Chart.getChart(document.getElementById('months')).data.labels"));
        assertEquals(List.of(3L, 1L), js("return Chart.getChart(document.getElementById('months')).data.datasets[0].data"));
        assertTrue(driver.findElement(By.id("speaker")).getText().contains("ministre de l'Intérieur"));
        assertEquals(4, driver.findElements(By.cssSelector("#hits li.hit")).size());
        Browser.screenshot(driver, "browser-speaker");
    }

    @Test
    void quotePageListsEveryAppearanceFirstSeenFirstWithWordingDifferences() throws Exception {
        driver.get(base + "/quote.html?id=" + Http.enc("craft-2#0"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#appearances tbody tr")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#appearances tbody tr"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getText().contains("first seen") && rows.get(0).getText().contains("2019-01-12"),
                rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("Le Quotidien"));
        WebElement added = rows.get(1).findElement(By.cssSelector("ins.added"));
        assertEquals("jamais", added.getText());
        assertNotNull(rows.get(1).findElement(By.cssSelector("del.removed")));
        assertTrue(rows.get(1).getText().contains("words changed"), rows.get(1).getText());
        Browser.screenshot(driver, "browser-quote");
    }

    @Test
    void crossingSpansAreSplitAndOffsetsCountCodePoints() {
        driver.get(base + "/article.html?id=craft-3");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark.q")));
        // two spans that cross ([1,5) and [3,8)), over a text with a character outside the BMP
        Object out = js("const d = document.createElement('div');"
                + "spans.render(d, 'abcdef\\u{1F600}gh', [{start: 1, end: 5, rank: 0, kind: 'a'},"
                + " {start: 3, end: 8, rank: 0, kind: 'b'}, {start: 7, end: 99, rank: 0, kind: 'bad'}],"
                + " (m, cont) => { const e = document.createElement('span'); e.className = m.kind + (cont ? '-cont' : '');"
                + " return e; });"
                + "return [d.textContent, d.innerHTML];");
        assertEquals(List.of("abcdef\uD83D\uDE00gh",
                "a<span class=\"a\">bc<span class=\"b\">de</span></span><span class=\"b-cont\">f\uD83D\uDE00g</span>h"),
                out);
    }
}
