package dev.penny.platform.catalog;

import dev.penny.money.Money;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.problem.ItemNotFoundException;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.StoreChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/** Writes the current store's paid content items; another store's id is not found. */
@ApplicationScoped
public class ContentService {

  private final ContentItemRepository items;
  private final Event<StoreChanged> changed;
  private final Clock clock;

  @Inject
  public ContentService(ContentItemRepository items, Event<StoreChanged> changed, Clock clock) {
    this.items = items;
    this.changed = changed;
    this.clock = clock;
  }

  protected ContentService() {
    this(null, null, null);
  }

  /** A line of the content list. */
  public record ContentRow(
      long id, String title, Money unlockPrice, Optional<Duration> timePass, boolean archived) {}

  /** A checked content form. */
  public record ContentDraft(
      String slug, String title, String teaser, String body, Money price, Duration timePass) {}

  /** A page of the admin's content list: one status, newest first. */
  @Transactional
  public KeysetPage<ContentRow> list(CatalogStatus status, PageCursor cursor, int size) {
    return items
        .forAdmin(status, cursor, size)
        .map(c -> new ContentRow(c.id(), c.title(), c.unlockPrice(), c.timePass(), c.isArchived()));
  }

  /** The content item seen through {@code view} inside the transaction, or empty. */
  @Transactional
  public <T> Optional<T> find(long id, Function<ContentItem, T> view) {
    return items.find(id).map(view);
  }

  @Transactional
  public long create(ActiveTenant store, ContentInput input) {
    ContentDraft draft = input.toDraft(store.currency(), true);
    if (items.slugTaken(draft.slug())) {
      throw new InvalidInputException(
          "Another content item already uses the address name '" + draft.slug() + "'.");
    }
    ContentItem item =
        items.add(
            new ContentItem(
                draft.slug(),
                draft.title(),
                draft.teaser(),
                draft.body(),
                draft.price(),
                draft.timePass(),
                clock.instant()));
    changed.fire(new StoreChanged(store.id()));
    return item.id();
  }

  @Transactional
  public void update(ActiveTenant store, long id, ContentInput input) {
    ContentDraft draft = input.toDraft(store.currency(), false);
    ContentItem item = items.find(id).orElseThrow(ItemNotFoundException::new);
    item.revise(draft.title(), draft.teaser(), draft.body(), draft.price(), draft.timePass());
    items.wordsChanged(item);
    changed.fire(new StoreChanged(store.id()));
  }

  @Transactional
  public void archive(ActiveTenant store, long id, boolean archived) {
    ContentItem item = items.find(id).orElseThrow(ItemNotFoundException::new);
    if (archived) {
      item.archive();
    } else {
      item.restore();
    }
    changed.fire(new StoreChanged(store.id()));
  }
}
