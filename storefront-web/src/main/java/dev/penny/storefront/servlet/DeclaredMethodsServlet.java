package dev.penny.storefront.servlet;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A servlet that answers the methods it declares and says which they are: any other method gets a
 * 405 with {@code Allow} (the plain servlet sent its 405 without one, as RFC 9110 requires), and
 * OPTIONS lists them (the plain servlet listed TRACE, which no part of Penny answers). GET brings
 * HEAD with it.
 */
public abstract class DeclaredMethodsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private transient volatile List<String> allowed;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    List<String> methods = allowed();
    String method = request.getMethod();
    if (method.equals("OPTIONS")) {
      response.setHeader("Allow", String.join(", ", methods));
      response.setContentLength(0);
      return;
    }
    if (!methods.contains(method)) {
      response.setHeader("Allow", String.join(", ", methods));
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    super.service(request, response);
  }

  /** The methods this servlet's class (or a parent below this one) implements, and OPTIONS. */
  List<String> allowed() {
    List<String> methods = allowed;
    if (methods == null) {
      methods = new ArrayList<>();
      if (declares("doGet")) {
        methods.add("GET");
        methods.add("HEAD");
      }
      if (declares("doPost")) {
        methods.add("POST");
      }
      if (declares("doPut")) {
        methods.add("PUT");
      }
      if (declares("doDelete")) {
        methods.add("DELETE");
      }
      methods.add("OPTIONS");
      methods = List.copyOf(methods);
      allowed = methods;
    }
    return methods;
  }

  private boolean declares(String name) {
    for (Class<?> c = getClass(); c != DeclaredMethodsServlet.class; c = c.getSuperclass()) {
      try {
        c.getDeclaredMethod(name, HttpServletRequest.class, HttpServletResponse.class);
        return true;
      } catch (NoSuchMethodException e) {
        // not on this level; look at its parent
      }
    }
    return false;
  }
}
