package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.stack.HtmlForms;
import dev.penny.tests.stack.HtmlForms.Form;
import dev.penny.tests.stack.PennyStack;
import dev.penny.tests.stack.StackDatabase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cross-site posts in a real browser: a signed-in merchant visits a page of another site ({@code
 * 127.0.0.1}, a different site from {@code localhost}) that submits each admin form and the
 * sign-out form to Penny, copied with every field, the view state included. The session cookie is
 * SameSite=Lax, so none of these posts carries it: no row changes and the merchant is still signed
 * in.
 */
class CrossSiteIT extends BrowserPerTest {

  private static final List<String> TABLES =
      List.of(
          "category", "product", "content_item", "shipping_method", "api_key", "store_settings");

  private HttpServer attacker;
  private final List<String> pages = new ArrayList<>();

  @BeforeEach
  void startAttacker() throws IOException {
    attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    attacker.createContext(
        "/",
        exchange -> {
          int n = Integer.parseInt(exchange.getRequestURI().getPath().substring(1));
          byte[] body = pages.get(n).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    attacker.start();
  }

  @AfterEach
  void stopAttacker() {
    attacker.stop(0);
  }

  @Test
  void formsPostedFromAnotherSiteChangeNothingAndSignNobodyOut() throws SQLException {
    StoreHomePage.open(browser, baseUrl, "demo-books")
        .signIn()
        .signInAs("owner-books", "penny-demo");
    List<Form> forms = new ArrayList<>();
    for (String page :
        List.of("categories", "products/new", "content/new", "settings", "api-keys")) {
      browser.get(baseUrl + "/admin/demo-books/" + page);
      forms.addAll(HtmlForms.postForms(browser.getPageSource()));
    }
    forms.add(new Form("sign-out", "/signout", Map.of("return", "/s/demo-books/")));
    assertThat(forms).hasSizeGreaterThanOrEqualTo(8);

    Map<String, Long> before = checksums();
    for (Form form : forms) {
      browser.get(attack(form));
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(
              d ->
                  d.getCurrentUrl().startsWith(baseUrl)
                      || d.getCurrentUrl().contains(":" + PennyStack.get().port()));
    }

    assertThat(checksums()).isEqualTo(before);
    browser.get(baseUrl + "/s/demo-books/account");
    assertThat(browser.findElement(By.id("account-username")).getText()).isEqualTo("owner-books");
  }

  /** The address of an attacker page that submits {@code form} to Penny as soon as it loads. */
  private String attack(Form form) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html><body><form method=\"post\" action=\"")
            .append(baseUrl)
            .append(form.action())
            .append("\">");
    // Fields left empty get values the form would accept, so that the post would change the
    // store if it arrived with the session.
    String mark = "cross-site-" + System.nanoTime();
    form.fields()
        .forEach(
            (name, value) ->
                html.append("<input type=\"hidden\" name=\"")
                    .append(escape(name))
                    .append("\" value=\"")
                    .append(escape(!value.isEmpty() ? value : plausible(name, mark)))
                    .append("\">"));
    html.append("</form><script>document.forms[0].submit()</script></body></html>");
    pages.add(html.toString());
    return "http://127.0.0.1:" + attacker.getAddress().getPort() + "/" + (pages.size() - 1);
  }

  private static String plausible(String field, String mark) {
    if (field.contains("price")) {
      return "1.00";
    }
    if (field.contains("stock")) {
      return "1";
    }
    if (field.contains("sku")) {
      return mark.toUpperCase(java.util.Locale.ROOT);
    }
    return field.contains("slug") ? mark : "Cross site " + mark;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  private static Map<String, Long> checksums() throws SQLException {
    return StackDatabase.checksums(TABLES);
  }
}
