package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AccountPage;
import dev.penny.tests.pages.StoreHomePage;
import org.junit.jupiter.api.Test;

/** Shoppers sign in, sign up and sign out through Keycloak's real forms. */
class SignInIT extends BrowserPerTest {

  @Test
  void aShopperSignsInSeesTheAccountPageAndSignsOut() {
    StoreHomePage home = StoreHomePage.open(browser, baseUrl, "demo-books");
    assertThat(home.isSignedIn()).isFalse();

    StoreHomePage signedIn = home.signIn().signInAs("shopper", "penny-demo");
    assertThat(signedIn.storeName()).isEqualTo("Marginalia Books");
    assertThat(signedIn.isSignedIn()).isTrue();
    assertThat(signedIn.signedInUser()).isEqualTo("shopper");

    AccountPage account = signedIn.openAccount();
    assertThat(account.name()).isEqualTo("Ada Quill");
    assertThat(account.email()).isEqualTo("shopper@penny.localhost");
    assertThat(account.username()).isEqualTo("shopper");

    StoreHomePage signedOut = account.signOut();
    assertThat(signedOut.isSignedIn()).isFalse();
    assertThat(signedOut.storeName()).isEqualTo("Marginalia Books");
    // Signed out of Keycloak too: the account page asks for the password again.
    AccountPage.openSignedOut(browser, baseUrl, "demo-books");
  }

  @Test
  void aShopperSignsInAndOutOnTheStoresOwnHostName() {
    String storeHost = baseUrl.replace("://localhost:", "://demo-books.localhost:");
    browser.get(storeHost + "/");
    StoreHomePage home = new StoreHomePage(browser);
    assertThat(home.storeName()).isEqualTo("Marginalia Books");

    StoreHomePage signedIn = home.signIn().signInAs("shopper", "penny-demo");
    assertThat(signedIn.isSignedIn()).isTrue();
    assertThat(signedIn.signedInUser()).isEqualTo("shopper");
    assertThat(browser.getCurrentUrl()).startsWith(storeHost + "/");

    StoreHomePage signedOut = signedIn.signOut();
    assertThat(signedOut.isSignedIn()).isFalse();
    assertThat(browser.getCurrentUrl()).isEqualTo(storeHost + "/");
  }

  @Test
  void aNewShopperSignsUpFromAStore() {
    String username = "reader" + System.nanoTime();
    StoreHomePage home =
        StoreHomePage.open(browser, baseUrl, "demo-coffee")
            .signIn()
            .openRegistration()
            .register(username, username + "@example.com", "Rita", "Reader", "a-long-password-1");
    assertThat(home.storeName()).isEqualTo("Kaffee Kollektiv");
    assertThat(home.signedInUser()).isEqualTo(username);
    AccountPage account = home.openAccount();
    assertThat(account.name()).isEqualTo("Rita Reader");
    assertThat(account.email()).isEqualTo(username + "@example.com");
  }

  @Test
  void theAccountPageAsksAnonymousVisitorsToSignIn() {
    AccountPage account =
        AccountPage.openSignedOut(browser, baseUrl, "demo-books")
            .signInToAccount("owner-books", "penny-demo");
    assertThat(account.name()).isEqualTo("Olivia Marsh");
  }
}
