package dev.penny.admin.micro;

import dev.penny.admin.web.AdminContext;
import dev.penny.admin.web.AdminParameters;
import dev.penny.platform.catalog.ContentItem;
import dev.penny.platform.catalog.ContentItemRepository;
import dev.penny.platform.tenancy.PublicAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The button a merchant pastes into any web page: an iframe on Penny's origin that sells one
 * article's unlock (and takes tips), with a small script that lets it set its own height. The
 * merchant chooses the article ({@code ?content=}); the newest is the default.
 */
@Named("embedSnippet")
@RequestScoped
public class EmbedSnippetBean {

  private static final int CHOICES = 50;

  private final ContentItemRepository content;
  private final PublicAddress addresses;
  private final AdminContext admin;
  private List<ContentItem> items = List.of();
  private Optional<ContentItem> chosen = Optional.empty();

  @Inject
  public EmbedSnippetBean(
      ContentItemRepository content, PublicAddress addresses, AdminContext admin) {
    this.content = content;
    this.addresses = addresses;
    this.admin = admin;
  }

  protected EmbedSnippetBean() {
    this(null, null, null);
  }

  @Transactional
  public void load() {
    items = content.latest(CHOICES);
    String requested = AdminParameters.get("content");
    chosen =
        items.stream()
            .filter(i -> String.valueOf(i.id()).equals(requested))
            .findFirst()
            .or(() -> items.stream().findFirst());
  }

  public List<ContentItem> getItems() {
    return items;
  }

  public long getChosenId() {
    return chosen.map(ContentItem::id).orElse(0L);
  }

  public boolean isAvailable() {
    return chosen.isPresent();
  }

  /** The address of the chosen article's button (the page inside the iframe). */
  public String getFrameAddress() {
    return chosen
        .map(i -> addresses.onPlatform("/s/" + admin.getStore().slug() + "/embed/" + i.id()))
        .orElse("");
  }

  /** The HTML to paste: the iframe and the script that resizes it. */
  public String getSnippet() {
    return chosen
        .map(
            i ->
                "<iframe src=\""
                    + getFrameAddress()
                    + "\" title=\"Unlock "
                    + attribute(i.title())
                    + " with Penny\" data-penny-button"
                    + " style=\"border:0;width:100%;max-width:440px;height:220px\"></iframe>\n"
                    + "<script src=\""
                    + addresses.onPlatform("/resources/js/penny-button.js")
                    + "\" async></script>")
        .orElse("");
  }

  private static String attribute(String text) {
    return text.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
