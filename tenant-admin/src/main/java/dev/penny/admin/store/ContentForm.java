package dev.penny.admin.store;

import dev.penny.platform.catalog.ContentInput;
import dev.penny.platform.catalog.ContentItem;
import java.io.Serializable;

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

  public static ContentForm of(ContentItem c) {
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

  /** The form's text as the catalog's input; the catalog checks it. */
  ContentInput toInput() {
    return new ContentInput(title, slug, teaser, body, unlockPrice, timePassHours);
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
