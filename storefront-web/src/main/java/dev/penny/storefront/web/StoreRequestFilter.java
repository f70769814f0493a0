package dev.penny.storefront.web;

import dev.penny.platform.problem.ErrorCode;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.platform.tenancy.TenantDirectory;
import dev.penny.platform.tenancy.TenantRoute;
import dev.penny.platform.tenancy.TenantRouting;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolves the store of every request, once, from its host or path, and binds it to the request's
 * {@link TenantContext}. An unknown, closed or malformed store answers 404 here, before any page or
 * resource runs, so nothing below can serve another store's data by mistake.
 *
 * <p>Store pages are then forwarded to their Faces view ({@code /s/demo-books/p/12} renders {@code
 * /store/product.xhtml?id=12}); the views themselves are not reachable directly.
 */
@WebFilter(
    filterName = "StoreRequestFilter",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.REQUEST)
public class StoreRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(StoreRequestFilter.class.getName());

  @Inject TenantContext tenantContext;
  @Inject TenantDirectory tenants;
  @Inject ResponseCache responses;
  @Inject MediaResponder media;

  static final String CACHE_HEADER = "X-Penny-Cache";

  /** Request attribute: the view is shared by every visitor (it shows nothing personal). */
  static final String SHARED_VIEW = "penny.shared-view";

  @Inject
  @ConfigProperty(name = "penny.platform-domain", defaultValue = "localhost")
  String platformDomain;

  private TenantRouting routing;

  @Override
  public void init() {
    routing = new TenantRouting(platformDomain);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // The container maps a request on its decoded, normalized path (/%61dmin-views/ is
    // /admin-views/): internal views are refused by that path as well as by the raw one.
    String mapped =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (isInternal(path) || isInternal(mapped)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    TenantRouting.Result result = routing.route(request.getHeader("Host"), path);
    if (result instanceof TenantRouting.Result.Store store) {
      serveStore(store.route(), request, response, chain);
    } else if (result instanceof TenantRouting.Result.Invalid) {
      notFound(response, path);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** Views and servlets reached only by a forward from this filter or the admin's. */
  static boolean isInternal(String path) {
    String p = path.toLowerCase(java.util.Locale.ROOT);
    while (p.startsWith("//")) {
      p = p.substring(1);
    }
    return p.startsWith("/store/")
        || p.startsWith("/admin-views/")
        || p.startsWith("/store-actions/")
        || p.startsWith("/web-inf")
        || p.startsWith("/meta-inf");
  }

  private void serveStore(
      TenantRoute route,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain)
      throws IOException, ServletException {
    Optional<ActiveTenant> tenant = tenants.bySlug(route.slug());
    if (route.basePath().isEmpty() && StorePath.isPlatformEndpoint(route.pathInStore())) {
      tenant.ifPresent(t -> tenantContext.bind(t, route));
      chain.doFilter(request, response);
      return;
    }
    if (tenant.isEmpty()) {
      LOG.fine(() -> "No store '" + route.slug() + "' for " + request.getRequestURI());
      notFound(response, route.pathInStore());
      return;
    }
    if (!tenant.get().isOpen()) {
      closed(request, response, route.pathInStore());
      return;
    }
    tenantContext.bind(tenant.get(), route);
    String pathInStore = route.pathInStore();
    if (StorePath.isStaticResource(pathInStore)) {
      chain.doFilter(request, response);
      return;
    }
    if (MediaResponder.isMediaPath(pathInStore)) {
      media.serve(route, request, response);
      return;
    }
    Optional<String> action = StorePath.action(pathInStore);
    if (action.isPresent()) {
      request.getRequestDispatcher(action.get()).forward(request, response);
      return;
    }
    boolean api = pathInStore.startsWith(TenantRouting.API_STORES_PREFIX);
    Optional<StorePath.View> view = api ? Optional.empty() : StorePath.resolve(pathInStore);
    if (!api && view.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!api && !isRead(request)) {
      response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      response.setHeader("Allow", "GET, HEAD");
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("This page is only read (GET).\n");
      return;
    }
    if (!api && view.get().paidContent()) {
      // One address, two answers (the page, or JSON for a machine client): caches keep both.
      response.addHeader("Vary", "Accept");
    }
    if (!api && view.get().paidContent() && PaidContentRequest.wantsJson(request)) {
      request
          .getRequestDispatcher(PaidContentRequest.PATH + "?id=" + view.get().value().orElseThrow())
          .forward(request, response);
      return;
    }
    long tenantId = tenant.get().id();
    boolean cacheable =
        api
            || (view.get().cacheable()
                && !(view.get().paidContent() && PaidContentRequest.hasSession(request)));
    if (!api && cacheable) {
      request.setAttribute(SHARED_VIEW, Boolean.TRUE);
    }
    if (!api && !cacheable) {
      // A page made for one visitor (account, wallet, cart, checkout, an order with its key, an
      // article read by a signed-in reader) is kept by no cache, the browser's back button
      // included.
      response.setHeader("Cache-Control", "private, no-store");
    }
    if (!cacheable || !ResponseCache.applies(request)) {
      serve(view, request, response, chain);
      return;
    }
    Optional<ResponseCache.Entry> cached = responses.find(tenantId, request);
    if (cached.isPresent()) {
      response.setContentType(cached.get().contentType());
      response.setContentLength(cached.get().body().length);
      response.setHeader(CACHE_HEADER, "hit");
      response.getOutputStream().write(cached.get().body());
      return;
    }
    CapturingResponse capture = new CapturingResponse(response);
    capture.setHeader(CACHE_HEADER, "miss");
    serve(view, request, capture, chain);
    if (capture.isCacheable()) {
      responses.store(tenantId, request, capture.getContentType(), capture.body());
    }
    capture.copyToClient();
  }

  /** Store pages are read, never posted to (forms post to /signin, /signout or the admin). */
  private static boolean isRead(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  /** A store page is forwarded to its Faces view; an API call goes on down the chain. */
  private static void serve(
      Optional<StorePath.View> view,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain)
      throws IOException, ServletException {
    if (view.isPresent()) {
      HttpServletRequest page =
          ReadOnlyPageRequest.hasFacesParameters(request)
              ? new ReadOnlyPageRequest(request)
              : request;
      request.getRequestDispatcher(view.get().target()).forward(page, response);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** A suspended store: a "closed" page, or a problem for the API; nothing of its catalog. */
  private static void closed(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException, ServletException {
    if (path.startsWith("/api/")) {
      ProblemResponses.write(response, ErrorCode.STORE_SUSPENDED, "This store is closed");
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    request.getRequestDispatcher("/errors/closed.xhtml").forward(request, response);
  }

  private static void notFound(HttpServletResponse response, String path) throws IOException {
    if (path.startsWith("/api/")) {
      ProblemResponses.write(response, ErrorCode.STORE_NOT_FOUND, "No such store");
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
