package dev.penny.tests.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.stack.Http;
import dev.penny.tests.stack.Http.Response;
import dev.penny.tests.stack.HttpCheckout;
import dev.penny.tests.stack.PennyStack;
import dev.penny.tests.stack.StackDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PCI boundary, checked where the data ends up: after checkouts with the test cards, no card
 * number appears in any table outside the vault's ciphertext, nor in any log; no column anywhere
 * could hold a security code; Penny's database user has no right on the vault; the card page is
 * served on the zone's origin only, framed by the paying store's origin only.
 */
class CardDataIT {

  private static final List<String> TEST_PANS =
      List.of(
          "4242424242424242",
          "4000000000000002",
          "4000000000009995",
          "4000002760003184",
          "4000000000000119");

  @BeforeAll
  static void checkoutsWithEveryTestCard() {
    for (String pan : TEST_PANS) {
      HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-HC", 1);
      checkout.payWith(pan.replaceAll("(\\d{4})", "$1 ").strip(), "12/30", "987");
      checkout.orderPage();
    }
  }

  @Test
  void noTableHoldsACardNumberOutsideTheVaultsCiphertext() throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = StackDatabase.penny().getConnection();
        Statement s = c.createStatement()) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_schema, table_name, column_name FROM information_schema.columns"
                  + " WHERE table_schema IN ('penny', 'vault')"
                  + " AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext',"
                  + " 'blob', 'mediumblob', 'varbinary', 'binary')")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
      assertThat(columns).as("text columns scanned").hasSizeGreaterThan(50);
      for (String[] col : columns) {
        for (String pan : TEST_PANS) {
          String sql =
              "SELECT COUNT(*) FROM `"
                  + col[0]
                  + "`.`"
                  + col[1]
                  + "` WHERE CAST(`"
                  + col[2]
                  + "` AS CHAR) LIKE '%"
                  + pan
                  + "%'";
          try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            if (rs.getLong(1) > 0) {
              found.add(col[0] + "." + col[1] + "." + col[2] + " holds " + pan);
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
    assertThat(StackDatabase.number("SELECT COUNT(*) FROM vault.card")).isGreaterThanOrEqualTo(5);
  }

  @Test
  void noColumnCouldHoldASecurityCode() throws SQLException {
    assertThat(
            StackDatabase.number(
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema IN ('penny',"
                    + " 'vault') AND (column_name LIKE '%cvc%' OR column_name LIKE '%cvv%'"
                    + " OR column_name LIKE '%security_code%')"))
        .isZero();
  }

  @Test
  void noLogHoldsACardNumber() throws Exception {
    List<Path> logs = new ArrayList<>();
    logs.add(Path.of(System.getProperty("penny.stack.log", "target/penny-stack.log")));
    logs.add(PennyStack.get().keycloakLog());
    try (Stream<Path> files = Files.walk(Path.of("target"))) {
      files
          .filter(f -> f.toString().endsWith(".log") || f.toString().endsWith("-output.txt"))
          .filter(Files::isRegularFile)
          .forEach(logs::add);
    }
    List<String> found = new ArrayList<>();
    for (Path log : logs) {
      String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
      for (String pan : TEST_PANS) {
        if (text.contains(pan) || text.contains(pan.replaceAll("(\\d{4})(?!$)", "$1 "))) {
          found.add(log + " holds " + pan);
        }
      }
    }
    assertThat(logs).as("the server's and Keycloak's logs are read").allMatch(Files::isRegularFile);
    assertThat(found).isEmpty();
  }

  @Test
  void pennysDatabaseUserHasNoRightOnTheVault() throws SQLException {
    List<String> grants = new ArrayList<>();
    try (Connection c = StackDatabase.penny().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW GRANTS FOR 'penny'@'127.0.0.1'")) {
      while (rs.next()) {
        grants.add(rs.getString(1));
      }
    }
    assertThat(grants)
        .anyMatch(g -> g.contains("ON `penny`.*"))
        .noneMatch(g -> g.contains("vault"))
        .noneMatch(g -> g.contains("ON *.*") && !g.startsWith("GRANT USAGE"));
  }

  @Test
  void theCardPageIsServedOnTheZonesOriginOnlyAndFramedByTheStoreOnly() {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-HC", 1);

    Response page = checkout.cardPageNow();
    Response onStoreHost =
        Http.get("/checkout/card?payment=" + checkout.paymentId() + "&secret=" + checkout.secret());
    Response wrongSecret =
        Http.send(
            "GET",
            "/checkout/card?payment=" + checkout.paymentId() + "&secret=sec_0",
            Map.of("Host", "pay.localhost:" + PennyStack.get().port()),
            null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Security-Policy"))
        .contains("script-src 'self'")
        .contains("frame-ancestors http://localhost:" + PennyStack.get().port())
        .doesNotContain("unsafe");
    assertThat(page.body())
        .as("no inline script, and nothing loaded from another origin")
        .doesNotContain("<script>")
        .doesNotContainPattern("(src|href|action)=\"https?:");
    assertThat(onStoreHost.status()).isEqualTo(404);
    assertThat(wrongSecret.status()).isEqualTo(404);
  }

  @Test
  void aTimedOutAuthorizationIsResolvedByItsStatusAndNeverSentTwice() throws Exception {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-HC", 1);

    checkout.payWith("4000 0000 0000 0119", "12/30", "987");
    String pending = checkout.cardPageNow().body();
    checkout.payWith("4242 4242 4242 4242", "12/30", "987");

    assertThat(pending).contains("data-status=\"authorized\"");
    assertThat(checkout.orderPage().body()).contains("data-testid=\"order-status\">Paid<");
    assertThat(
            StackDatabase.number(
                "SELECT COUNT(*) FROM vault.sandbox_transaction WHERE kind = 'AUTHORIZE'"
                    + " AND request_id LIKE '"
                    + checkout.paymentId()
                    + "-%'"))
        .isEqualTo(1);
    assertThat(
            StackDatabase.number(
                "SELECT COUNT(*) FROM vault.payment_request WHERE kind = 'authorize'"
                    + " AND payment_id = '"
                    + checkout.paymentId()
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  void theZonesApiAnswersOnlyPennysServers() {
    Response noSecret =
        Http.send("GET", "/checkout/api/v1/payments/pay_00?store=demo-books", Map.of(), null);
    Response withSecret =
        Http.send(
            "GET",
            "/checkout/api/v1/payments/pay_00?store=demo-books",
            Map.of("Authorization", "Bearer " + PennyStack.ZONE_SECRET),
            null);

    assertThat(noSecret.status()).isEqualTo(401);
    assertThat(noSecret.contentType()).startsWith("application/problem+json");
    assertThat(withSecret.status()).isEqualTo(404);
    assertThat(withSecret.json().getString("code")).isEqualTo("payment_not_found");
  }

  @Test
  void aPaymentTakesFiveCardAttemptsAtMost() {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-HC", 1);
    for (int i = 0; i < 5; i++) {
      checkout.payWith("4000 0000 0000 0002", "12/30", "987");
    }

    Response sixth = checkout.payWith("4242 4242 4242 4242", "12/30", "987");

    assertThat(sixth.header("Location")).contains("error=too_many_card_attempts");
    assertThat(checkout.cardPageNow().body())
        .contains("data-status=\"requires_card\"")
        .contains("Your card was declined");
  }

  @Test
  void anotherShoppersSavedCardCannotPay() {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-F100-HC", 1);
    String form =
        "payment="
            + checkout.paymentId()
            + "&secret="
            + checkout.secret()
            + "&saved-card=card_0123456789abcdef0123456789abcdef";

    Response refused =
        Http.send(
            "POST",
            "/checkout/card",
            Map.of(
                "Host",
                "pay.localhost:" + PennyStack.get().port(),
                "Content-Type",
                "application/x-www-form-urlencoded"),
            form);

    assertThat(refused.status()).isEqualTo(404);
    assertThat(checkout.cardPageNow().body()).contains("data-status=\"requires_card\"");
  }

  @Test
  void theSandboxAcquirerWritesASettlementFileOfItsCaptures() {
    HttpCheckout checkout = new HttpCheckout("demo-books").order("BK-E400", 1);
    checkout.payWith("4242 4242 4242 4242", "12/30", "987");

    Response file =
        Http.send(
            "GET",
            "/checkout/api/v1/sandbox/settlement?day="
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC),
            Map.of("Authorization", "Bearer " + PennyStack.ZONE_SECRET),
            null);

    assertThat(file.status()).isEqualTo(200);
    assertThat(file.contentType()).startsWith("text/csv");
    assertThat(file.body())
        .startsWith("day,request_id,authorization,kind,amount,currency")
        .contains(checkout.paymentId() + "-capture")
        .doesNotContain("4242");
  }
}
