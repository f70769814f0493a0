package dev.penny.admin.web;

import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The servlet the admin's pretty addresses ({@code /admin/demo-books/products/12}) map to. {@link
 * AdminRequestFilter} forwards every such request to its Faces view before this servlet runs; the
 * servlet exists for its multipart configuration: the container parses a request's parts only if
 * the servlet the request was first mapped to accepts them, so without it image uploads (and the
 * postback of every multipart form) would arrive empty.
 */
@WebServlet(urlPatterns = {"/admin/*", "/stores/new"})
@MultipartConfig(
    maxFileSize = 10L * 1024 * 1024,
    maxRequestSize = 11L * 1024 * 1024,
    fileSizeThreshold = 1024 * 1024)
public class AdminEntryServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
