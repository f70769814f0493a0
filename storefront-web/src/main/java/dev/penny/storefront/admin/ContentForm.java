package dev.penny.storefront.admin;

import dev.penny.platform.catalog.ContentItem;
import dev.penny.platform.money.Money;
import java.io.Serializable;
import java.time.Duration;
import java.util.Currency;
import java.util.Optional;

/** The content item form as typed. */
public class ContentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String slug;
  private String teaser;
  private String body;
  private String unlockPrice;
  private String timePassHours;
  private boolean archived;

  static ContentForm of(ContentItem c) {
    ContentForm form = new ContentForm();
    form.title = c.title();
    form.slug = c.slug();
    form.teaser = c.teaser();
    form.body = c.body();
    form.unlockPrice = c.unlockPrice().toPlainString();
    form.timePassHours = c.timePass().map(d -> String.valueOf(d.toHours())).orElse("");
    form.archived = c.isArchived();
    return form;
  }

  /** Checks every field; present only when nothing is wrong. */
  Optional<ContentAdminService.ContentDraft> toDraft(
      FormChecks checks, Currency currency, boolean isNew) {
    String t = checks.text(title, "The title", 200);
    String s =
        isNew
            ? checks.slug(
                slug == null || slug.isBlank() ? FormChecks.slugFrom(title) : slug,
                "The address name")
            : slug;
    String tease = checks.text(teaser, "The teaser", 5_000);
    String b = checks.text(body, "The body", 1_000_000);
    Money price = checks.amount(unlockPrice, currency, "The unlock price", true);
    Duration pass = null;
    if (timePassHours != null && !timePassHours.isBlank()) {
      Integer hours = checks.count(timePassHours, "The time pass (hours)", 24 * 366);
      if (hours != null && hours < 1) {
        checks.problem("A time pass lasts at least 1 hour; leave it empty to unlock for good.");
      } else if (hours != null) {
        pass = Duration.ofHours(hours);
      }
    }
    if (!checks.ok()) {
      return Optional.empty();
    }
    return Optional.of(new ContentAdminService.ContentDraft(s, t, tease, b, price, pass));
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTeaser() {
    return teaser;
  }

  public void setTeaser(String teaser) {
    this.teaser = teaser;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getUnlockPrice() {
    return unlockPrice;
  }

  public void setUnlockPrice(String unlockPrice) {
    this.unlockPrice = unlockPrice;
  }

  public String getTimePassHours() {
    return timePassHours;
  }

  public void setTimePassHours(String timePassHours) {
    this.timePassHours = timePassHours;
  }

  public boolean isArchived() {
    return archived;
  }
}
