package dev.penny.storefront.admin;

import dev.penny.platform.catalog.InvalidCatalogInputException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Creates and edits one content item of the current store. */
@Named("contentEditor")
@ViewScoped
public class ContentEditorBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ContentAdminService service;
  @Inject transient AdminContext admin;

  private Long id;
  private ContentForm form;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    OptionalLong requested = AdminParameters.id();
    if (requested.isEmpty()) {
      form = new ContentForm();
      return;
    }
    Optional<ContentForm> existing = service.load(requested.getAsLong());
    if (existing.isEmpty()) {
      AdminMessages.notFound();
      return;
    }
    id = requested.getAsLong();
    form = existing.get();
  }

  public void save() {
    FormChecks checks = new FormChecks();
    var draft = form.toDraft(checks, admin.getStore().currency(), id == null);
    if (draft.isEmpty()) {
      AdminMessages.refused(checks.problems());
      return;
    }
    try {
      long saved;
      if (id == null) {
        saved = service.create(admin.getStore(), draft.get());
        AdminMessages.info("Content item published.");
      } else {
        service.update(admin.getStore(), id, draft.get());
        saved = id;
        AdminMessages.info("Content item saved.");
      }
      AdminParameters.redirect(admin, "/content/" + saved);
    } catch (InvalidCatalogInputException e) {
      AdminMessages.refused(List.of(e.getMessage()));
    } catch (ItemNotFoundException e) {
      AdminMessages.notFound();
    }
  }

  public void archive() {
    setArchived(true, "Content item archived.");
  }

  public void restore() {
    setArchived(false, "Content item restored.");
  }

  private void setArchived(boolean archived, String message) {
    if (id == null) {
      AdminMessages.notFound();
      return;
    }
    try {
      service.archive(admin.getStore(), id, archived);
      AdminMessages.info(message);
      AdminParameters.redirect(admin, "/content/" + id);
    } catch (ItemNotFoundException e) {
      AdminMessages.notFound();
    }
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public ContentForm getForm() {
    return form;
  }
}
