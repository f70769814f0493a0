package dev.penny.storefront.admin;

import dev.penny.platform.catalog.InvalidCatalogInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The categories page: a new category's name and address, and renaming or moving one. */
@Named("categoriesAdmin")
@RequestScoped
public class CategoriesBean {

  private final CategoryAdminService service;
  private final AdminContext admin;
  private String newName;
  private String newSlug;
  private String editId;
  private String editName;
  private String editPosition;
  private List<CategoryAdminService.CategoryRow> rows;

  @Inject
  public CategoriesBean(CategoryAdminService service, AdminContext admin) {
    this.service = service;
    this.admin = admin;
  }

  protected CategoriesBean() {
    this(null, null);
  }

  public List<CategoryAdminService.CategoryRow> getRows() {
    if (rows == null) {
      rows = service.list();
    }
    return rows;
  }

  public void add() {
    FormChecks checks = new FormChecks();
    String name = checks.text(newName, "The category name", 120);
    String slug =
        checks.slug(
            newSlug == null || newSlug.isBlank() ? FormChecks.slugFrom(newName) : newSlug,
            "The address name");
    if (!checks.ok()) {
      AdminMessages.refused(checks.problems());
      return;
    }
    try {
      service.add(admin.getStore().id(), slug, name);
      AdminMessages.info("Category " + name + " added.");
      AdminParameters.redirect(admin, "/categories");
    } catch (InvalidCatalogInputException e) {
      AdminMessages.refused(List.of(e.getMessage()));
    }
  }

  public void update() {
    FormChecks checks = new FormChecks();
    var id = checks.optionalId(editId, "The category");
    String name = checks.text(editName, "The category name", 120);
    Integer position = checks.count(editPosition, "The position", 10_000);
    if (!checks.ok() || id.isEmpty()) {
      AdminMessages.refused(checks.ok() ? List.of("Choose a category.") : checks.problems());
      return;
    }
    if (!service.update(admin.getStore().id(), id.get(), name, position)) {
      AdminMessages.notFound();
      return;
    }
    AdminMessages.info("Category saved.");
    AdminParameters.redirect(admin, "/categories");
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }

  public String getEditId() {
    return editId;
  }

  public void setEditId(String editId) {
    this.editId = editId;
  }

  public String getEditName() {
    return editName;
  }

  public void setEditName(String editName) {
    this.editName = editName;
  }

  public String getEditPosition() {
    return editPosition;
  }

  public void setEditPosition(String editPosition) {
    this.editPosition = editPosition;
  }
}
