package dev.penny.storefront.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser defences every response carries, set before anything else answers (the first filter
 * in web.xml, so cached pages, errors and API problems have them too): a Content-Security-Policy
 * that allows scripts only from Penny's own origin (no inline script anywhere), forbids framing
 * Penny's pages (but the embeddable button's frame) and frames nothing but the checkout zone's card
 * page, {@code nosniff}, and a referrer policy that sends only the origin to other sites.
 *
 * <p>Every redirect of the application leaves here as a path ({@link RelativeRedirects}), never
 * built from the request's Host.
 *
 * <p>Styles may be inline: a store's theme colours are a small {@code <style>} block in its page.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; frame-ancestors 'none'";

  /**
   * The embeddable button's frame ({@code /s/{store}/embed/{id}}, or {@code /embed/{id}} on a
   * store's own host): the one page any site may frame. Its pop-up and its calls are not.
   */
  private static final java.util.regex.Pattern FRAMABLE =
      java.util.regex.Pattern.compile("(/s/[a-z0-9-]{1,63})?/embed/[1-9][0-9]{0,17}/?");

  /**
   * The one frame a store page may hold is the checkout zone's card page, from the zone's own
   * origin ({@code penny.checkout.url}); nothing else may be framed.
   */
  private static final class Policies {
    static final String PAGE =
        CONTENT_SECURITY_POLICY
            + "; frame-src "
            + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("penny.checkout.url", String.class)
                .orElse("'none'");
    static final String FRAMABLE = PAGE.replace("frame-ancestors 'none'", "frame-ancestors *");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean framable =
        "GET".equals(request.getMethod())
            && FRAMABLE
                .matcher(request.getRequestURI().substring(request.getContextPath().length()))
                .matches();
    set(response, framable);
    // HTTP's Date (RFC 9110 6.6.1; Payara sends none): clients compare a challenge's expiry to it.
    response.setDateHeader("Date", System.currentTimeMillis());
    chain.doFilter(request, new RelativeRedirects(response));
  }

  /**
   * Sets the headers on a response; also used by the error pages, for an error raised before the
   * filters ran (by the sign-in mechanism, which runs first).
   */
  static void set(HttpServletResponse response, boolean framable) {
    response.setHeader("Content-Security-Policy", framable ? Policies.FRAMABLE : Policies.PAGE);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    if (!framable) {
      response.setHeader("X-Frame-Options", "DENY");
    }
  }
}
