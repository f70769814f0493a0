package dev.penny.platform.catalog;

import dev.penny.platform.input.InputChecks;
import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.problem.InvalidInputException;
import dev.penny.platform.tenancy.StoreChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;

/** The current store's categories: list, add, rename, reorder and delete. */
@ApplicationScoped
public class CategoryService {

  private final CategoryRepository categories;
  private final Event<StoreChanged> changed;

  @Inject
  public CategoryService(CategoryRepository categories, Event<StoreChanged> changed) {
    this.categories = categories;
    this.changed = changed;
  }

  protected CategoryService() {
    this(null, null);
  }

  /** A category as the admin shows it. */
  public record CategoryRow(long id, String slug, String name, int position)
      implements Serializable {}

  @Transactional
  public List<CategoryRow> list() {
    return categories.all().stream()
        .map(c -> new CategoryRow(c.id(), c.slug(), c.name(), c.position()))
        .toList();
  }

  /**
   * Adds a category from typed text: a name (1 to 120 characters) and an optional address name
   * (made from the name when empty). Every problem is an {@code InvalidInputException}.
   */
  @Transactional
  public void add(long tenantId, String typedSlug, String typedName) {
    InputChecks checks = new InputChecks();
    String name = checks.text(typedName, "The category name", 120);
    String slug = checks.slugOrFrom(typedSlug, typedName);
    checks.orThrow(ErrorCode.INVALID_INPUT);
    if (categories.findBySlug(slug).isPresent()) {
      throw new InvalidInputException(
          "Another category already uses the address name '" + slug + "'.");
    }
    int position = categories.all().stream().mapToInt(Category::position).max().orElse(-1) + 1;
    categories.add(new Category(slug, name, position));
    changed.fire(new StoreChanged(tenantId));
  }

  /**
   * Renames a category and moves it to {@code position} (0 is first; beyond the end is last); the
   * others keep their order and all are renumbered 0, 1, 2, .... False if the store has no such
   * category.
   */
  @Transactional
  public boolean update(long tenantId, long id, String typedName, int position) {
    InputChecks checks = new InputChecks();
    String name = checks.text(typedName, "The category name", 120);
    if (position < 0) {
      checks.problem("The position cannot be below zero.");
    }
    checks.orThrow(ErrorCode.INVALID_INPUT);
    var category = categories.find(id);
    if (category.isEmpty()) {
      return false;
    }
    category.get().rename(name);
    List<Category> order = new java.util.ArrayList<>(categories.all());
    order.removeIf(c -> c.id().equals(id));
    order.add(Math.min(position, order.size()), category.get());
    renumber(order);
    changed.fire(new StoreChanged(tenantId));
    return true;
  }

  /**
   * Deletes a category; its products stay in the catalog without a category (its page is gone, they
   * are still found by search and at their own addresses). The others are renumbered. The number of
   * products it held; empty if the store has no such category.
   */
  @Transactional
  public java.util.OptionalInt delete(long tenantId, long id) {
    var category = categories.find(id);
    if (category.isEmpty()) {
      return java.util.OptionalInt.empty();
    }
    int products = categories.uncategorize(category.get());
    categories.remove(category.get());
    List<Category> order = new java.util.ArrayList<>(categories.all());
    order.removeIf(c -> c.id().equals(id));
    renumber(order);
    changed.fire(new StoreChanged(tenantId));
    return java.util.OptionalInt.of(products);
  }

  /** Positions 0, 1, 2, ... in this order. */
  private static void renumber(List<Category> order) {
    for (int i = 0; i < order.size(); i++) {
      order.get(i).moveTo(i);
    }
  }
}
