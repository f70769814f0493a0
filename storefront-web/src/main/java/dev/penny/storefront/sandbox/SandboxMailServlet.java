package dev.penny.storefront.sandbox;

import dev.penny.storefront.servlet.DeclaredMethodsServlet;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * {@code /sandbox/mail}: the sandbox mailbox, newest first ({@code ?to=} shows one address's mail).
 * Not found when the sandbox is off or a real mail server is configured.
 */
@WebServlet("/sandbox/mail")
public class SandboxMailServlet extends DeclaredMethodsServlet {

  private static final long serialVersionUID = 1L;

  @Inject SandboxMailbox mailbox;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!mailbox.available()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String to = request.getParameter("to");
    if (to != null && (to.length() > 254 || !to.matches("[^\\s<>\"]+@[^\\s<>\"]+"))) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    List<SandboxMailbox.Mail> mails;
    try {
      mails = mailbox.newest(Optional.ofNullable(to), 50);
    } catch (MessagingException e) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sandbox"
                + " mailbox · Penny</title><link rel=\"stylesheet\" href=\""
                + request.getContextPath()
                + "/resources/css/store.css\"></head><body><main class=\"sandbox-mail\">"
                + "<h1 id=\"sandbox-mail-title\">Sandbox mailbox</h1><p>Every e-mail Penny sent"
                + " in this sandbox, newest first. Nothing here left this machine.</p>");
    if (mails.isEmpty()) {
      html.append("<p data-testid=\"sandbox-mail-empty\">No mail yet.</p>");
    }
    for (SandboxMailbox.Mail mail : mails) {
      html.append(
              "<article class=\"mail\" data-testid=\"sandbox-mail\"><h2 data-testid=\"sandbox-mail-subject\">")
          .append(escape(mail.subject()))
          .append("</h2><p>To <span data-testid=\"sandbox-mail-to\">")
          .append(escape(String.join(", ", mail.to())))
          .append("</span> · ")
          .append(DateTimeFormatter.ISO_INSTANT.format(mail.sent()))
          .append("</p><pre data-testid=\"sandbox-mail-body\">")
          .append(escape(mail.body()))
          .append("</pre></article>");
    }
    html.append("</main></body></html>");
    response.getWriter().write(html.toString());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
