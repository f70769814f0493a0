package dev.penny.admin.store;

import dev.penny.admin.web.AdminAddress;
import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.admin.web.UploadedImages;
import dev.penny.platform.catalog.CategoryService;
import dev.penny.platform.catalog.ProductService;
import dev.penny.platform.input.InputChecks;
import dev.penny.platform.media.ImageUpload;
import dev.penny.platform.media.InvalidImageException;
import dev.penny.platform.problem.InvalidInputException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Creates and edits one product: its text, category, variants and images. Staff and owners may
 * both; the product is looked up in the current store only, so another store's id is a 404.
 */
@Named("productEditor")
@ViewScoped
public class ProductEditorBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProductService service;
  @Inject transient CategoryService categories;
  @Inject transient AdminContext admin;
  @Inject transient AdminAddress address;

  private Long id;
  private ProductForm form;
  private List<CategoryService.CategoryRow> categoryChoices = List.of();
  private transient Part image;
  private String imageAlt;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    OptionalLong requested = AdminParameters.id();
    address.remember(requested);
    if (requested.isPresent()) {
      Optional<ProductForm> existing = service.find(requested.getAsLong(), ProductForm::of);
      if (existing.isEmpty()) {
        AdminMessages.notFound();
        return;
      }
      id = requested.getAsLong();
      form = existing.get();
      form.addBlankVariantRow();
    } else {
      form = ProductForm.empty();
    }
    categoryChoices = categories.list();
  }

  public void save() {
    InputChecks checks = new InputChecks();
    Optional<ProductService.ImageToAdd> upload = readImage(checks);
    if (!checks.ok()) {
      List<String> problems = new ArrayList<>();
      try {
        form.toInput().toDraft(admin.getStore().currency(), id == null);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
      problems.addAll(checks.problems());
      AdminMessages.refused(problems);
      return;
    }
    if (id == null) {
      long created = service.create(admin.getStore(), form.toInput(), upload);
      AdminMessages.info("Product created.");
      AdminParameters.redirect(admin, "/products/" + created);
    } else {
      try {
        service.update(admin.getStore(), id, form.toInput(), upload, imagesToRemove());
      } catch (InvalidInputException e) {
        // Nothing was saved. A stock changed meanwhile: the form now shows the stock as it is.
        if (e.errorCode() == dev.penny.platform.problem.ErrorCode.CONCURRENT_CHANGE) {
          service.find(id, ProductForm::of).ifPresent(form::takeStockFrom);
          FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(409);
          e.problems().forEach(AdminMessages::error);
        } else {
          AdminMessages.refused(e.problems());
        }
        return;
      }
      AdminMessages.info("Product saved.");
      AdminParameters.redirect(admin, "/products/" + id);
    }
  }

  public void archive() {
    setArchived(true, "Product archived: it is no longer in the store.");
  }

  public void restore() {
    setArchived(false, "Product restored to the store.");
  }

  private void setArchived(boolean archived, String message) {
    if (id == null) {
      AdminMessages.notFound();
      return;
    }
    service.archive(admin.getStore(), id, archived);
    AdminMessages.info(message);
    AdminParameters.redirect(admin, "/products/" + id);
  }

  /** The images ticked "Remove" (an id the product has not is not there to remove). */
  private static java.util.Set<Long> imagesToRemove() {
    String[] ticked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get("image-remove");
    java.util.Set<Long> ids = new java.util.HashSet<>();
    if (ticked != null) {
      for (String text : ticked) {
        ids.add(
            AdminParameters.idIn(text)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "An image to remove is not one of this product's.")));
      }
    }
    return ids;
  }

  private Optional<ProductService.ImageToAdd> readImage(InputChecks checks) {
    Optional<ImageUpload> upload;
    try {
      upload = UploadedImages.read(image);
    } catch (InvalidImageException e) {
      checks.problem(e.getMessage());
      return Optional.empty();
    }
    if (upload.isEmpty()) {
      return Optional.empty();
    }
    String alt =
        imageAlt == null || imageAlt.isBlank()
            ? (form.getName() == null ? "Product photo" : form.getName().strip())
            : imageAlt.strip();
    if (alt.length() > 200) {
      checks.problem("The image description is at most 200 characters.");
      return Optional.empty();
    }
    return Optional.of(new ProductService.ImageToAdd(upload.get(), alt));
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public ProductForm getForm() {
    return form;
  }

  public List<CategoryService.CategoryRow> getCategoryChoices() {
    return categoryChoices;
  }

  public Part getImage() {
    return image;
  }

  public void setImage(Part image) {
    this.image = image;
  }

  public String getImageAlt() {
    return imageAlt;
  }

  public void setImageAlt(String imageAlt) {
    this.imageAlt = imageAlt;
  }
}
