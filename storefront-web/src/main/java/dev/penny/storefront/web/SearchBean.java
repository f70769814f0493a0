package dev.penny.storefront.web;

import dev.penny.storefront.catalog.CatalogViews.SearchResults;
import dev.penny.storefront.catalog.QueryTooLongException;
import dev.penny.storefront.catalog.StorefrontCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Search across a store's products and articles. An over-long query is a bad request. */
@Named("search")
@RequestScoped
public class SearchBean {

  private final StorefrontCatalog catalog;
  private SearchResults results;

  @Inject
  public SearchBean(StorefrontCatalog catalog) {
    this.catalog = catalog;
  }

  protected SearchBean() {
    this(null);
  }

  public void load() {
    try {
      results = catalog.search(RequestParameters.get("q"));
    } catch (QueryTooLongException e) {
      FacesResponses.badRequest();
    }
  }

  public SearchResults getResults() {
    return results;
  }

  /** How many products and articles a search shows at most. */
  public int getLimit() {
    return dev.penny.storefront.catalog.CatalogLoader.SEARCH_LIMIT;
  }

  public boolean isAsked() {
    return results != null && !results.query().isEmpty();
  }
}
