package dev.penny.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.tests.pages.AdminCategoriesPage;
import dev.penny.tests.pages.AdminContentPage;
import dev.penny.tests.pages.AdminProductPage;
import dev.penny.tests.pages.AdminProductsPage;
import dev.penny.tests.pages.CartPage;
import dev.penny.tests.pages.ContentItemPage;
import dev.penny.tests.pages.NotFoundPage;
import dev.penny.tests.pages.ProductPage;
import dev.penny.tests.pages.StoreHomePage;
import dev.penny.tests.stack.Http;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Merchants manage products, images and paid content in the admin; shoppers see the result. */
class CatalogAdminIT extends BrowserPerTest {

  @TempDir Path files;

  private void signIn(String store, String user) {
    StoreHomePage.open(browser, baseUrl, store).signIn().signInAs(user, "penny-demo");
  }

  @Test
  void aMerchantAddsAProductWithAnImageAndShoppersSeeIt() throws IOException {
    signIn("demo-books", "owner-books");
    String name = "Field Notes " + System.nanoTime();
    String sku = "FN-" + System.nanoTime();
    AdminProductPage saved =
        AdminProductsPage.open(browser, baseUrl, "demo-books")
            .newProduct()
            .withName(name)
            .withSummary("Pocket notebooks, dot grid")
            .featured()
            .withVariant(0, "Pack of 3", sku, "12.50", "40")
            .withImage(png("notebooks.png"), "Three notebooks on a desk")
            .save();
    assertThat(saved.messages()).containsExactly("Product created.");
    assertThat(saved.title()).isEqualTo(name);
    assertThat(saved.idFromAddress()).isNotEmpty();
    assertThat(saved.imageAddresses()).hasSize(1);
    String first = saved.imageAddresses().get(0);
    AdminProductPage twoImages = saved.withImage(png("second.png"), "A second look").save();
    assertThat(twoImages.imageAddresses()).hasSize(2).startsWith(first);
    // Removing an image is saved with the rest of the form: an edit made meanwhile is kept.
    AdminProductPage oneImage =
        twoImages.markImageForRemoval(0).withVariant(0, "Pack of 3", sku, "12.50", "41").save();
    assertThat(oneImage.messages()).containsExactly("Product saved.");
    assertThat(oneImage.variantStock(0)).isEqualTo("41");
    assertThat(oneImage.imageAddresses()).hasSize(1).doesNotContain(first);
    // The same image removed in another tab first: saving this tab's form still saves its edit.
    AdminProductPage again = oneImage.withImage(png("third.png"), "A third look").save();
    String third = again.imageAddresses().get(1);
    String productAddress = browser.getCurrentUrl();
    String firstTab = browser.getWindowHandle();
    browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    browser.get(productAddress);
    assertThat(new AdminProductPage(browser).markImageForRemoval(0).save().imageAddresses())
        .containsExactly(third);
    browser.close();
    browser.switchTo().window(firstTab);
    AdminProductPage staleTick =
        new AdminProductPage(browser)
            .markImageForRemoval(0)
            .withVariant(0, "Pack of 3", sku, "12.50", "42")
            .save();
    assertThat(staleTick.messages()).containsExactly("Product saved.");
    assertThat(staleTick.variantStock(0)).isEqualTo("42");
    assertThat(staleTick.imageAddresses()).containsExactly(third);

    // Stock changed elsewhere (here another tab; an order does the same) while this form was open:
    // saving it with the stock as loaded keeps the new stock; typing over it is refused.
    String formAddress = browser.getCurrentUrl();
    setStockInAnotherTab(formAddress, sku, "30");
    AdminProductPage kept = new AdminProductPage(browser).withSummary("Dot grid, 3 pack").save();
    assertThat(kept.messages()).containsExactly("Product saved.");
    assertThat(kept.variantStock(0)).isEqualTo("30");
    setStockInAnotherTab(formAddress, sku, "25");
    AdminProductPage refusedStock =
        new AdminProductPage(browser).withVariant(0, "Pack of 3", sku, "12.50", "50").save();
    assertThat(refusedStock.messages())
        .containsExactly(
            "The stock of "
                + sku
                + " changed to 25 since this form was loaded (an order, or another editor);"
                + " nothing was saved. Check the stock and save again.");
    assertThat(refusedStock.variantStock(0)).isEqualTo("25");

    browser.manage().deleteAllCookies();
    StoreHomePage home = StoreHomePage.open(browser, baseUrl, "demo-books");
    assertThat(home.featuredProductNames()).contains(name);
    ProductPage product = home.search(name).openProduct(name);
    assertThat(product.variants())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.sku()).isEqualTo(sku);
              assertThat(v.price()).isEqualTo("$12.50");
            });
    assertThat(product.imageAddresses()).hasSize(1);
    String imagePath = URI.create(product.imageAddresses().get(0)).getPath();
    assertThat(imagePath).matches("/s/demo-books/media/\\d+");
    Http.Response image = Http.get(imagePath);
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(Http.get(imagePath.replace("demo-books", "demo-coffee")).status())
        .as("another store does not serve this store's image")
        .isEqualTo(404);
  }

  @Test
  void badProductInputIsRefusedAndNothingIsSaved() throws IOException {
    signIn("demo-coffee", "owner-coffee");
    List<String> before = AdminProductsPage.open(browser, baseUrl, "demo-coffee").productNames();

    AdminProductPage page =
        AdminProductPage.openNew(browser, baseUrl, "demo-coffee")
            .withName("Never saved")
            .withVariant(0, "One", "NS-1", "-1", "5")
            .save();
    assertThat(page.messages()).containsExactly("Variant 1: the price cannot be negative.");

    page = page.withVariant(0, "One", "NS-1", "1.1234567", "-3").save();
    assertThat(page.messages())
        .hasSize(2)
        .anyMatch(m -> m.startsWith("Variant 1: the price must be an amount like 12.50"))
        .contains("Variant 1: the stock cannot be below zero.");

    page = page.withVariant(0, "One", "NS-1", "abc", "x").save();
    assertThat(page.messages())
        .contains("Variant 1: the stock must be a whole number.")
        .anyMatch(m -> m.startsWith("Variant 1: the price must be an amount"));

    Path notAnImage = files.resolve("notes.png");
    Files.writeString(notAnImage, "just some text, named like a picture");
    page = page.withVariant(0, "One", "NS-1", "3.00", "5").withImage(notAnImage, "x").save();
    assertThat(page.messages()).containsExactly("The file is not a PNG, JPEG, GIF or WebP image.");

    Path tooLarge = files.resolve("huge.png");
    byte[] big = Files.readAllBytes(png("small.png"));
    big = Arrays.copyOf(big, 3 * 1024 * 1024);
    Files.write(tooLarge, big);
    page = page.withVariant(0, "One", "NS-1", "3.00", "5").withImage(tooLarge, "x").save();
    assertThat(page.messages()).containsExactly("The image is larger than 2 MB.");

    assertThat(AdminProductsPage.open(browser, baseUrl, "demo-coffee").productNames())
        .isEqualTo(before);
  }

  @Test
  void untrustedNamesWrapAndCannotReorderThePage() {
    signIn("demo-books", "owner-books");
    String longWord = "Unbroken" + "W".repeat(110);
    // A direction override would turn what is shown after the name around ("exe.txt"): refused.
    AdminProductPage refused =
        AdminProductPage.openNew(browser, baseUrl, "demo-books")
            .withName(longWord + " \u202Etxt.exe")
            .withVariant(0, "One", "BIDI-" + System.nanoTime(), "1.00", "1")
            .save();
    assertThat(refused.messages())
        .singleElement()
        .satisfies(m -> assertThat(m).contains("direction override"));
    String name = longWord + " \u05e9\u05dc\u05d5\u05dd " + System.nanoTime();
    AdminProductPage saved =
        AdminProductPage.openNew(browser, baseUrl, "demo-books")
            .withName(name)
            .withVariant(0, "One", "BIDI-" + System.nanoTime(), "1.00", "1")
            .save();
    assertThat(saved.messages()).containsExactly("Product created.");

    browser.get(baseUrl + "/s/demo-books/p/" + saved.idFromAddress());
    JavascriptExecutor js = (JavascriptExecutor) browser;
    WebElement heading = browser.findElement(By.id("product-name"));
    assertThat(heading.getText()).contains(longWord);
    assertThat(js.executeScript("return getComputedStyle(arguments[0]).unicodeBidi", heading))
        .isEqualTo("isolate");
    assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
        .as("the page is no wider than the window")
        .isLessThanOrEqualTo((Long) js.executeScript("return window.innerWidth"));

    browser.get(baseUrl + "/admin/demo-books/products");
    WebElement row = browser.findElement(By.cssSelector("[data-testid='admin-product-link'] bdi"));
    assertThat(row.getText()).isNotEmpty();
    assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo((Long) js.executeScript("return window.innerWidth"));
  }

  @Test
  void staffArchiveAProductAndItLeavesTheStoreImagesIncluded() throws IOException {
    signIn("demo-books", "staff-books");
    String name = "Archive me " + System.nanoTime();
    String sku = "AR-" + System.nanoTime();
    AdminProductPage created =
        AdminProductPage.openNew(browser, baseUrl, "demo-books")
            .withName(name)
            .withVariant(0, "Standard", sku, "0.99", "1")
            .withImage(png("archived.png"), "A thing soon archived")
            .save();
    assertThat(created.messages()).containsExactly("Product created.");
    String id = created.idFromAddress();
    assertThat(Http.get("/s/demo-books/p/" + id).status()).isEqualTo(200);
    String adminImage = URI.create(created.imageAddresses().get(0)).getPath();
    assertThat(adminImage).matches("/admin/demo-books/media/\\d+");
    String publicImage = adminImage.replace("/admin/demo-books/", "/s/demo-books/");
    assertThat(Http.get(publicImage).status()).isEqualTo(200);
    // In a cart (this browser's) before it is archived: the cart then says it is no longer sold.
    browser.get(baseUrl + "/s/demo-books/p/" + id);
    new ProductPage(browser).addToCart(sku, 1);
    browser.get(baseUrl + "/admin/demo-books/products/" + id);
    created = new AdminProductPage(browser);

    AdminProductPage archived = created.archive();
    assertThat(archived.state()).startsWith("Archived");
    assertThat(Http.get("/s/demo-books/p/" + id).status()).isEqualTo(404);
    assertThat(Http.get("/api/v1/stores/demo-books/products/" + id).status()).isEqualTo(404);
    assertThat(Http.get(publicImage).status()).as("the archived product's image").isEqualTo(404);
    browser.get(baseUrl + "/s/demo-books/cart");
    CartPage cart = new CartPage(browser);
    assertThat(
            browser.findElement(By.cssSelector("[data-testid='cart-line-unavailable']")).getText())
        .isEqualTo("— no longer sold: remove it to order the rest");
    assertThat(cart.lines())
        .singleElement()
        .extracting(CartPage.Line::total)
        .isEqualTo("not counted");
    cart.remove(sku);
    assertThat(Http.get(adminImage).status()).as("the admin path for strangers").isNotEqualTo(200);
    browser.get(baseUrl + adminImage);
    assertThat(((JavascriptExecutor) browser).executeScript("return document.contentType"))
        .as("the admin still sees it")
        .isEqualTo("image/png");
  }

  /** Saves {@code stock} for the product's first variant in a tab of its own, then comes back. */
  private void setStockInAnotherTab(String productAddress, String sku, String stock) {
    String here = browser.getWindowHandle();
    browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    browser.get(productAddress);
    assertThat(
            new AdminProductPage(browser)
                .withVariant(0, "Pack of 3", sku, "12.50", stock)
                .save()
                .messages())
        .containsExactly("Product saved.");
    browser.close();
    browser.switchTo().window(here);
  }

  @Test
  void aMerchantCannotReachAnotherStoresProducts() {
    long coffeeProduct =
        Http.get("/api/v1/stores/demo-coffee/products?limit=1")
            .json()
            .getJsonArray("data")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    signIn("demo-books", "owner-books");
    assertThat(
            NotFoundPage.open(browser, baseUrl + "/admin/demo-books/products/" + coffeeProduct)
                .heading())
        .as("store B's product id under store A's admin")
        .isEqualTo("Page not found");
    assertThat(NotFoundPage.open(browser, baseUrl + "/admin/demo-coffee/products").heading())
        .isEqualTo("Page not found");
    assertThat(
            NotFoundPage.open(browser, baseUrl + "/admin/demo-coffee/products/" + coffeeProduct)
                .heading())
        .isEqualTo("Page not found");

    java.util.regex.Matcher article =
        java.util.regex.Pattern.compile("/s/demo-coffee/a/(\\d+)")
            .matcher(Http.get("/s/demo-coffee/").body());
    assertThat(article.find()).as("demo-coffee lists an article").isTrue();
    assertThat(
            NotFoundPage.open(browser, baseUrl + "/admin/demo-books/content/" + article.group(1))
                .heading())
        .as("store B's content item id under store A's admin")
        .isEqualTo("Page not found");
  }

  @Test
  void aMerchantAddsAndRenamesACategoryAndTheStoreNavigationFollows() {
    signIn("demo-coffee", "owner-coffee");
    long n = System.nanoTime() % 1_000_000;
    AdminCategoriesPage added =
        AdminCategoriesPage.open(browser, baseUrl, "demo-coffee").add("Tea " + n, "");
    assertThat(added.messages()).containsExactly("Category \u2068Tea " + n + "\u2069 added.");
    assertThat(added.names()).endsWith("Tea " + n);
    assertThat(added.add("Tea again", "tea-" + n).messages())
        .containsExactly("Another category already uses the address name 'tea-" + n + "'.");
    assertThat(added.add("Bad", "Not A Slug").messages())
        .containsExactly(
            "The address name is 1 to 60 lowercase letters, digits and single hyphens.");
    // A name with no Latin letter gets an address name made up, and is saved as written.
    AdminCategoriesPage arabic = added.add("شاي " + n, "");
    assertThat(arabic.messages()).containsExactly("Category \u2068شاي " + n + "\u2069 added.");

    AdminCategoriesPage renamed =
        AdminCategoriesPage.open(browser, baseUrl, "demo-coffee")
            .rename("Tea " + n, "Loose tea " + n, "0");
    assertThat(renamed.messages()).containsExactly("Category saved.");
    assertThat(renamed.names()).startsWith("Loose tea " + n);

    browser.manage().deleteAllCookies();
    assertThat(StoreHomePage.open(browser, baseUrl, "demo-coffee").categoryNames())
        .startsWith("Loose tea " + n);
    assertThat(Http.get("/s/demo-coffee/c/tea-" + n).status()).isEqualTo(200);

    freshBrowser();
    signIn("demo-coffee", "owner-coffee");
    AdminCategoriesPage unconfirmed =
        AdminCategoriesPage.open(browser, baseUrl, "demo-coffee").delete("Loose tea " + n, false);
    assertThat(unconfirmed.messages())
        .containsExactly(
            "Tick the box to confirm: the category's products stay, without a category.");
    assertThat(unconfirmed.names()).contains("Loose tea " + n);
    // A choice the form did not offer (another store's category, say) is refused as such.
    AdminCategoriesPage tampered = unconfirmed.deleteTampered("Loose tea " + n, "1");
    assertThat(tampered.messages())
        .containsExactly(
            "A value sent is not one this form offers; nothing was saved. Reload the page and"
                + " choose again.");
    assertThat(tampered.names()).contains("Loose tea " + n);
    AdminCategoriesPage deleted =
        AdminCategoriesPage.open(browser, baseUrl, "demo-coffee").delete("Loose tea " + n, true);
    assertThat(deleted.messages()).containsExactly("Category deleted.");
    assertThat(deleted.names()).doesNotContain("Loose tea " + n);
    assertThat(Http.get("/s/demo-coffee/c/tea-" + n).status()).isEqualTo(404);
  }

  @Test
  void aMerchantPublishesASubCentArticle() {
    signIn("demo-coffee", "owner-coffee");
    String title = "Brew ratios " + System.nanoTime();
    AdminContentPage saved =
        AdminContentPage.openNew(browser, baseUrl, "demo-coffee")
            .with(
                title,
                "How much coffee per litre?",
                "Sixty grams. The rest is taste.",
                "0.0005",
                "24")
            .save();
    assertThat(saved.messages()).containsExactly("Content item published.");

    ContentItemPage article = saved.viewInStore();
    assertThat(article.heading()).isEqualTo(title);
    assertThat(article.isLocked()).isTrue();
    assertThat(article.showsBody()).isFalse();
    assertThat(article.unlockPrice()).contains("0.0005");
  }

  @Test
  void anArticleNeedsAPriceAboveZero() {
    signIn("demo-coffee", "owner-coffee");
    AdminContentPage refused =
        AdminContentPage.openNew(browser, baseUrl, "demo-coffee")
            .with("Free lunch", "Teaser", "Body", "0", "")
            .save();
    assertThat(refused.messages()).containsExactly("The unlock price must be above zero.");
  }

  private Path png(String name) throws IOException {
    return TestImages.png(files, name, 0x2b6cb0);
  }
}
