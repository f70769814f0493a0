package dev.penny.storefront.micro;

import dev.penny.platform.identity.Shopper;
import dev.penny.platform.identity.ShopperContext;
import dev.penny.platform.tenancy.PublicAddress;
import dev.penny.platform.tenancy.TenantContext;
import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import dev.penny.storefront.shopping.Ids;
import dev.penny.storefront.web.PaidContentRequest;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * A content item's own address asked for as JSON ({@code GET /s/{store}/a/{id}} with {@code Accept:
 * application/json}, or with a payment): the store router forwards it here.
 */
@WebServlet(urlPatterns = PaidContentRequest.PATH)
public class PaidContentServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;

  @Inject PaidContent paidContent;
  @Inject TenantContext tenant;
  @Inject ShopperContext shoppers;
  @Inject PublicAddress addresses;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = Ids.parse(request.getParameter("id"));
    if (id.isEmpty() || tenant.tenant().isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String resource =
        RequestedResource.of(
            addresses,
            request,
            request.getContextPath() + tenant.basePath() + "/a/" + id.getAsLong());
    write(
        response,
        paidContent.answer(
            tenant.tenant().get(),
            id.getAsLong(),
            resource,
            request.getMethod(),
            request::getHeader,
            shoppers.shopper().map(Shopper::subject)));
  }

  static void write(HttpServletResponse response, PaidContentAnswer answer) throws IOException {
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    response.setContentType(answer.contentType() + ";charset=UTF-8");
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
