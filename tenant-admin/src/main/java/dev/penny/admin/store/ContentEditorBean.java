package dev.penny.admin.store;

import dev.penny.admin.web.AdminAddress;
import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminMessages;
import dev.penny.admin.web.AdminParameters;
import dev.penny.platform.catalog.ContentService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalLong;

/** Creates and edits one content item of the current store. */
@Named("contentEditor")
@ViewScoped
public class ContentEditorBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ContentService service;
  @Inject transient AdminContext admin;
  @Inject transient AdminAddress address;

  private Long id;
  private ContentForm form;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    OptionalLong requested = AdminParameters.id();
    address.remember(requested);
    if (requested.isEmpty()) {
      form = new ContentForm();
      return;
    }
    Optional<ContentForm> existing = service.find(requested.getAsLong(), ContentForm::of);
    if (existing.isEmpty()) {
      AdminMessages.notFound();
      return;
    }
    id = requested.getAsLong();
    form = existing.get();
  }

  public void save() {
    long saved;
    if (id == null) {
      saved = service.create(admin.getStore(), form.toInput());
      AdminMessages.info("Content item published.");
    } else {
      service.update(admin.getStore(), id, form.toInput());
      saved = id;
      AdminMessages.info("Content item saved.");
    }
    AdminParameters.redirect(admin, "/content/" + saved);
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
    service.archive(admin.getStore(), id, archived);
    AdminMessages.info(message);
    AdminParameters.redirect(admin, "/content/" + id);
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
