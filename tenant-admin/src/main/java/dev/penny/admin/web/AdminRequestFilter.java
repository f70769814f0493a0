package dev.penny.admin.web;

import dev.penny.platform.identity.LiveMemberships;
import dev.penny.platform.identity.Roles;
import dev.penny.platform.identity.SameOrigin;
import dev.penny.platform.identity.SignInLink;
import dev.penny.platform.identity.SignedInSession;
import dev.penny.platform.identity.StaffInvitations;
import dev.penny.platform.identity.StoreRole;
import dev.penny.platform.tenancy.ActiveTenant;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.platform.tenancy.TenantDirectory;
import dev.penny.platform.tenancy.TenantRoute;
import dev.penny.platform.tenancy.TenantSlug;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * The one gate of the tenant admin. Every {@code /admin/{slug}/...} request must come from a
 * signed-in member of that store (a {@code /tenants/{slug}/owner} or {@code .../staff} group, as
 * Keycloak has it now: {@link LiveMemberships}; if Keycloak cannot say, the request is refused);
 * anyone else gets 404, as if the store had no admin, and the attempt is logged. The request is
 * then bound to the store, so Hibernate's tenant filter applies to everything the page does.
 */
@WebFilter(
    filterName = "AdminRequestFilter",
    urlPatterns = {"/admin/*", "/stores/new", "/stores/join/*"},
    dispatcherTypes = DispatcherType.REQUEST)
public class AdminRequestFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AdminRequestFilter.class.getName());
  private static final String PLATFORM = "platform";
  private static final String OPEN_STORE = "/stores/new";

  @Inject TenantDirectory tenants;
  @Inject TenantContext tenantContext;
  @Inject AdminContext adminContext;
  @Inject OpenIdContext openId;
  @Inject LiveMemberships liveMemberships;
  @Inject AdminMedia media;
  @Inject AdminSettlementCsv settlementCsvs;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
      // OPTIONS (the one other method the request guard lets through to pages) rendered the page.
      response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      response.setHeader("Allow", "GET, HEAD, POST");
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("The admin's pages answer GET, HEAD and POST.\n");
      return;
    }
    if (method.equals("POST") && !SameOrigin.check(request)) {
      // A post another site's page sent (its view state would refuse it too; this says why).
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("Penny takes forms posted from its own pages only.\n");
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(OPEN_STORE)) {
      serveSignedIn(request, response, path, "/admin-views/open-store.xhtml");
      return;
    }
    if (path.startsWith(StaffInvitations.JOIN_PATH)) {
      // An invitation to a store's staff: for any signed-in person, judged by the page.
      if (path.length() - StaffInvitations.JOIN_PATH.length() > 200) {
        // No invitation's; the page says "not valid" for any other token.
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      serveSignedIn(request, response, path, "/admin-views/join-store.xhtml");
      return;
    }
    if (!path.startsWith("/admin/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String rest = path.substring("/admin/".length());
    int slash = rest.indexOf('/');
    String slug = slash < 0 ? rest : rest.substring(0, slash);
    String page = slash < 0 ? "/" : rest.substring(slash);
    if (slug.equals(PLATFORM) && page.equals("/")) {
      servePlatformAdmin(request, response, path);
      return;
    }
    Optional<AdminPath.View> view = AdminPath.resolve(page);
    OptionalLong mediaId = AdminPath.mediaId(page);
    Optional<String> settlementCsv = AdminPath.settlementCsv(page);
    if (!TenantSlug.isWellFormed(slug)
        || (view.isEmpty() && mediaId.isEmpty() && settlementCsv.isEmpty())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (sentToSignIn(request, response, path)) {
      return;
    }
    Optional<StoreRole> role;
    try {
      String subject =
          SignedInSession.current(request, openId)
              .map(SignedInSession::subject)
              .orElseThrow(() -> new IllegalStateException("Signed in without a subject"));
      role = liveMemberships.of(subject).roleIn(slug);
    } catch (RuntimeException keycloakUnavailable) {
      LOG.log(
          java.util.logging.Level.WARNING,
          "Cannot check store membership in Keycloak; refusing the admin request",
          keycloakUnavailable);
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    Optional<ActiveTenant> store = tenants.bySlug(slug);
    if (role.isEmpty() || store.isEmpty()) {
      LOG.warning(
          () ->
              "Refused admin request by '"
                  + request.getUserPrincipal().getName()
                  + "' for store '"
                  + slug
                  + "': not a member");
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    tenantContext.bind(store.get(), TenantRoute.byPath(slug, page));
    adminContext.bind(store.get(), role.get());
    if (mediaId.isPresent()) {
      media.serve(mediaId.getAsLong(), request, response);
      return;
    }
    if (settlementCsv.isPresent()) {
      settlementCsvs.serve(store.get().id(), settlementCsv.get(), response);
      return;
    }
    forwardUncached(request, response, view.get().target());
  }

  /** A page for any signed-in user (opening a store). */
  private static void serveSignedIn(
      HttpServletRequest request, HttpServletResponse response, String path, String view)
      throws IOException, ServletException {
    if (sentToSignIn(request, response, path)) {
      return;
    }
    forwardUncached(request, response, view);
  }

  /** {@code /admin/platform}: operators only ("platform" is a reserved slug, never a store). */
  private void servePlatformAdmin(
      HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException, ServletException {
    if (sentToSignIn(request, response, path)) {
      return;
    }
    if (!request.isUserInRole(Roles.PLATFORM_ADMIN)) {
      LOG.warning(
          () -> "Refused platform admin request by '" + request.getUserPrincipal().getName() + "'");
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    forwardUncached(request, response, "/admin-views/platform.xhtml");
  }

  /** True (and the browser sent to sign in, coming back to {@code path}) for an anonymous user. */
  private static boolean sentToSignIn(
      HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
    if (request.getUserPrincipal() != null) {
      return false;
    }
    response.sendRedirect(SignInLink.to(request.getContextPath(), path));
    return true;
  }

  /** Renders an admin view; admin pages are never kept by browsers or proxies. */
  private static void forwardUncached(
      HttpServletRequest request, HttpServletResponse response, String view)
      throws IOException, ServletException {
    response.setHeader("Cache-Control", "no-store");
    request.getRequestDispatcher(view).forward(request, response);
  }
}
