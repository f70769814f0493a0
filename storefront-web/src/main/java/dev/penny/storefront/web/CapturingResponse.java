package dev.penny.storefront.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Keeps a response's body in memory so that it can be cached, then copies it to the client. A
 * response that sets a cookie or sends an error is marked as not cacheable.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
  private ServletOutputStream stream;
  private PrintWriter writer;
  private boolean cacheable = true;
  private boolean errorSent;

  CapturingResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was already called");
    }
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              body.write(b, off, len);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              throw new UnsupportedOperationException("Captured responses are written blocking");
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null) {
      throw new IllegalStateException("getOutputStream() was already called");
    }
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(body, charset));
    }
    return writer;
  }

  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void setContentLength(int len) {}

  @Override
  public void setContentLengthLong(long len) {}

  @Override
  public void addCookie(Cookie cookie) {
    cacheable = false;
    super.addCookie(cookie);
  }

  @Override
  public void setHeader(String name, String value) {
    if ("Set-Cookie".equalsIgnoreCase(name) || isPrivate(name, value)) {
      cacheable = false;
    }
    super.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    if ("Set-Cookie".equalsIgnoreCase(name) || isPrivate(name, value)) {
      cacheable = false;
    }
    super.addHeader(name, value);
  }

  /** A response made for one client (paid content, a receipt) says so: never shared. */
  private static boolean isPrivate(String name, String value) {
    return "Cache-Control".equalsIgnoreCase(name)
        && value != null
        && (value.contains("private") || value.contains("no-store") || value.contains("no-cache"));
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    errorSent = true;
    cacheable = false;
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    errorSent = true;
    cacheable = false;
    super.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    errorSent = true;
    cacheable = false;
    super.sendRedirect(location);
  }

  boolean isCacheable() {
    return cacheable && !errorSent && getStatus() == HttpServletResponse.SC_OK;
  }

  byte[] body() {
    flushBuffer();
    return body.toByteArray();
  }

  /** Sends what was captured, unless an error page already answered the request. */
  void copyToClient() throws IOException {
    if (errorSent) {
      return;
    }
    byte[] bytes = body();
    HttpServletResponse response = (HttpServletResponse) getResponse();
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
