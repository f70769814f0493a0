package dev.penny.admin.web;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.OptionalLong;

/**
 * The item an editor's view was loaded for, kept with the view (a view-scoped bean, so that it
 * survives to the view's postbacks; an attribute set on the view while loading would not be part of
 * its saved state). {@link AdminAddressCheck} compares it with the address of every postback.
 */
@ViewScoped
public class AdminAddress implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long NEW = 0;

  private Long loadedFor;

  /** Called by an editor when it loads: the id this view edits, empty for a new item. */
  public void remember(OptionalLong id) {
    loadedFor = id.orElse(NEW);
  }

  /** False when the view was loaded for an item other than {@code id}. */
  boolean agreesWith(OptionalLong id) {
    return loadedFor == null || loadedFor == id.orElse(NEW);
  }
}
