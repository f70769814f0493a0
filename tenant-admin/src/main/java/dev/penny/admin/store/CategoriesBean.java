package dev.penny.admin.store;

import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.platform.catalog.CategoryService;
import dev.penny.platform.input.InputChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The categories page: a new category's name and address, and renaming or moving one. */
@Named("categoriesAdmin")
@RequestScoped
public class CategoriesBean {

  private final CategoryService service;
  private final AdminContext admin;
  private String newName;
  private String newSlug;
  private String editId;
  private String editName;
  private String editPosition;
  private String deleteId;
  private boolean deleteConfirmed;
  private List<CategoryService.CategoryRow> rows;

  @Inject
  public CategoriesBean(CategoryService service, AdminContext admin) {
    this.service = service;
    this.admin = admin;
  }

  protected CategoriesBean() {
    this(null, null);
  }

  public List<CategoryService.CategoryRow> getRows() {
    if (rows == null) {
      rows = service.list();
    }
    return rows;
  }

  public void add() {
    service.add(admin.getStore().id(), newSlug, newName);
    AdminMessages.info("Category " + AdminMessages.isolated(newName.strip()) + " added.");
    AdminParameters.redirect(admin, "/categories");
  }

  public void update() {
    InputChecks checks = new InputChecks();
    var id = checks.optionalId(editId, "The category");
    Integer position = checks.count(editPosition, "The position", 10_000);
    if (!checks.ok() || id.isEmpty()) {
      AdminMessages.refused(checks.ok() ? List.of("Choose a category.") : checks.problems());
      return;
    }
    if (!service.update(admin.getStore().id(), id.get(), editName, position)) {
      AdminMessages.notFound();
      return;
    }
    AdminMessages.info("Category saved.");
    AdminParameters.redirect(admin, "/categories");
  }

  /**
   * Deletes the chosen category once the merchant ticked that its products stay, without a
   * category.
   */
  public void delete() {
    InputChecks checks = new InputChecks();
    var id = checks.optionalId(deleteId, "The category");
    if (!checks.ok() || id.isEmpty()) {
      AdminMessages.refused(checks.ok() ? List.of("Choose a category.") : checks.problems());
      return;
    }
    if (!deleteConfirmed) {
      AdminMessages.refused(
          List.of("Tick the box to confirm: the category's products stay, without a category."));
      return;
    }
    var products = service.delete(admin.getStore().id(), id.get());
    if (products.isEmpty()) {
      AdminMessages.notFound();
      return;
    }
    int n = products.getAsInt();
    AdminMessages.info(
        "Category deleted."
            + (n == 0
                ? ""
                : " Its "
                    + n
                    + (n == 1 ? " product stays" : " products stay")
                    + " in the catalog without a category."));
    AdminParameters.redirect(admin, "/categories");
  }

  public String getDeleteId() {
    return deleteId;
  }

  public void setDeleteId(String deleteId) {
    this.deleteId = deleteId;
  }

  public boolean isDeleteConfirmed() {
    return deleteConfirmed;
  }

  public void setDeleteConfirmed(boolean deleteConfirmed) {
    this.deleteConfirmed = deleteConfirmed;
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
