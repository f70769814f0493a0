package dev.penny.storefront.admin;

import dev.penny.platform.catalog.CatalogChanged;
import dev.penny.platform.catalog.ContentItem;
import dev.penny.platform.catalog.ContentItemRepository;
import dev.penny.platform.catalog.InvalidCatalogInputException;
import dev.penny.platform.money.Money;
import dev.penny.platform.tenancy.ActiveTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Writes the current store's paid content items; another store's id is not found. */
@ApplicationScoped
public class ContentAdminService {

  private final ContentItemRepository items;
  private final Event<CatalogChanged> changed;
  private final Clock clock;

  @Inject
  public ContentAdminService(
      ContentItemRepository items, Event<CatalogChanged> changed, Clock clock) {
    this.items = items;
    this.changed = changed;
    this.clock = clock;
  }

  protected ContentAdminService() {
    this(null, null, null);
  }

  /** A line of the content list. */
  public record ContentRow(
      long id, String title, Money unlockPrice, Optional<Duration> timePass, boolean archived) {}

  /** A checked content form. */
  public record ContentDraft(
      String slug, String title, String teaser, String body, Money price, Duration timePass) {}

  @Transactional
  public List<ContentRow> list() {
    return items.allForAdmin().stream()
        .map(c -> new ContentRow(c.id(), c.title(), c.unlockPrice(), c.timePass(), c.isArchived()))
        .toList();
  }

  @Transactional
  public Optional<ContentForm> load(long id) {
    return items.find(id).map(ContentForm::of);
  }

  @Transactional
  public long create(ActiveTenant store, ContentDraft draft) {
    if (items.slugTaken(draft.slug())) {
      throw new InvalidCatalogInputException(
          "Another content item already uses the address name '" + draft.slug() + "'.");
    }
    checkCurrency(store, draft.price());
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
    changed.fire(new CatalogChanged(store.id()));
    return item.id();
  }

  @Transactional
  public void update(ActiveTenant store, long id, ContentDraft draft) {
    ContentItem item = items.find(id).orElseThrow(ItemNotFoundException::new);
    checkCurrency(store, draft.price());
    item.revise(draft.title(), draft.teaser(), draft.body(), draft.price(), draft.timePass());
    changed.fire(new CatalogChanged(store.id()));
  }

  @Transactional
  public void archive(ActiveTenant store, long id, boolean archived) {
    ContentItem item = items.find(id).orElseThrow(ItemNotFoundException::new);
    if (archived) {
      item.archive();
    } else {
      item.restore();
    }
    changed.fire(new CatalogChanged(store.id()));
  }

  private static void checkCurrency(ActiveTenant store, Money price) {
    if (!price.currency().equals(store.currency())) {
      throw new InvalidCatalogInputException("Prices are in the store's currency.");
    }
  }
}
