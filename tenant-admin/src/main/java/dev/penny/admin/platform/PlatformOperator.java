package dev.penny.admin.platform;

import dev.penny.platform.identity.Roles;
import dev.penny.platform.problem.DomainException;
import dev.penny.platform.problem.ErrorCode;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * The signed-in platform operator of a request to the operators' page. The admin's filter lets only
 * operators reach the page; the page's beans ask again, so that no other way to their view (a
 * forward, an address the filter did not see) lets anyone else list or change stores.
 */
final class PlatformOperator {

  private PlatformOperator() {}

  /** The operator's name; refused (403) for anyone who is not a platform operator. */
  static String name() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    if (context.getUserPrincipal() == null || !context.isUserInRole(Roles.PLATFORM_ADMIN)) {
      throw new NotAnOperatorException();
    }
    return context.getUserPrincipal().getName();
  }

  /** A request to the operators' page by someone who is not an operator. */
  static final class NotAnOperatorException extends DomainException {
    private static final long serialVersionUID = 1L;

    NotAnOperatorException() {
      super(ErrorCode.FORBIDDEN, "Only platform operators may do this.");
    }
  }
}
