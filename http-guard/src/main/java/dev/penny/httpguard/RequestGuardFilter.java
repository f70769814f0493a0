package dev.penny.httpguard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.util.DataChunk;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Sits between Grizzly's HTTP codec and Payara's server filter: a request {@link GuardChecks}
 * refuses is answered here (problem+json on API paths, a short page elsewhere, the connection
 * closed) and never reaches Payara's mapper. A store host's checkout is handed to the storefront
 * ({@link StoreHostCheckout}); every other request passes on untouched.
 */
final class RequestGuardFilter extends BaseFilter {

  private static final Logger LOG = Logger.getLogger(RequestGuardFilter.class.getName());

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    if (!(ctx.getMessage() instanceof HttpContent content)) {
      return ctx.getInvokeAction();
    }
    HttpHeader header = content.getHttpHeader();
    if (!header.isRequest()) {
      return ctx.getInvokeAction();
    }
    HttpRequestPacket request = (HttpRequestPacket) header;
    if (request.isSkipRemainder()) {
      // The rest of the body of a request answered here already: read and dropped, and the
      // connection ended once it is all in.
      if (content.isLast()) {
        ctx.getConnection().closeSilently();
      }
      return ctx.getStopAction();
    }
    String path = request.getRequestURIRef().getOriginalRequestURIBC().toString();
    List<String> hosts = new ArrayList<>();
    request.getHeaders().values(Header.Host).forEach(hosts::add);
    Optional<GuardChecks.Refusal> refusal =
        GuardChecks.check(request.getMethodDC().toString(), hosts, path);
    if (refusal.isEmpty()) {
      refusal = GuardChecks.checkSingleHeaders(name -> count(request, name));
    }
    if (refusal.isEmpty()) {
      DataChunk query = request.getQueryStringDC();
      refusal =
          GuardChecks.checkQueryAndForm(
              query.isNull() ? null : query.toString(StandardCharsets.ISO_8859_1),
              request.getContentType(),
              request.getContentLength());
    }
    if (refusal.isEmpty()) {
      Optional<String> storePath = StoreHostCheckout.fromSettings().route(hosts.get(0), path);
      if (storePath.isPresent()) {
        request.setRequestURI(storePath.get());
        return ctx.getInvokeAction();
      }
      Optional<String> directory =
          GuardChecks.directoryRedirect(request.getMethodDC().toString(), path);
      if (directory.isPresent()) {
        redirect(ctx, request, directory.get());
        return ctx.getStopAction();
      }
      return ctx.getInvokeAction();
    }
    LOG.log(Level.FINE, "Refused before mapping: {0}", refusal.get());
    answer(ctx, request, refusal.get(), isApiPath(path));
    return ctx.getStopAction();
  }

  /**
   * Answers the container makes itself (a directory's redirect, an error page of a war) carry
   * neither Penny's headers nor an address built from anything but the client's Host: a redirect to
   * the Host the client sent is sent as a path, and an answer without a Content-Security-Policy
   * gets a closed one ({@code default-src 'none'}) and {@code nosniff}.
   */
  @Override
  public NextAction handleWrite(FilterChainContext ctx) throws IOException {
    if (ctx.getMessage() instanceof HttpContent content
        && content.getHttpHeader() instanceof HttpResponsePacket response
        && !response.isCommitted()) {
      HttpRequestPacket request = response.getRequest();
      String location = response.getHeader(Header.Location);
      if (location != null && request != null) {
        // The Host header, or the host of an absolute-form target ("GET http://host/..."), which
        // the container prefers when it builds an address.
        Optional<String> path =
            ResponseHeaders.pathOf(location, request.getHeader(Header.Host))
                .or(() -> ResponseHeaders.pathOf(location, serverOf(request)));
        if (path.isPresent()) {
          // Changed where it is held: Grizzly's setters add a second Location beside it.
          DataChunk value = response.getHeaders().getValue("Location");
          if (value != null) {
            value.setString(path.get());
          }
        }
      }
      if (!response.containsHeader("Content-Security-Policy")) {
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      }
      if (!response.containsHeader("X-Content-Type-Options")) {
        response.setHeader("X-Content-Type-Options", "nosniff");
      }
    }
    return ctx.getInvokeAction();
  }

  private static String serverOf(HttpRequestPacket request) {
    String name = String.valueOf(request.serverName());
    int port = request.getServerPort();
    return port > 0 ? name + ":" + port : name;
  }

  private static void answer(
      FilterChainContext ctx, HttpRequestPacket request, GuardChecks.Refusal refusal, boolean api) {
    byte[] body = (api ? problem(refusal) : page(refusal)).getBytes(StandardCharsets.UTF_8);
    HttpResponsePacket.Builder builder =
        HttpResponsePacket.builder(request)
            .status(refusal.status)
            .reasonPhrase(
                refusal.status == 405
                    ? "Method Not Allowed"
                    : refusal.status == 413 ? "Content Too Large" : "Bad Request")
            .contentType(api ? "application/problem+json;charset=UTF-8" : "text/html;charset=UTF-8")
            .contentLength(body.length)
            .header(Header.Connection, "close")
            .header("Cache-Control", "no-store")
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
            .header("Referrer-Policy", "strict-origin-when-cross-origin");
    if (refusal == GuardChecks.Refusal.API_METHOD_ON_PAGE) {
      builder.header(Header.Allow, "GET, HEAD, POST");
    } else if (refusal.status == 405) {
      builder.header(Header.Allow, "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    }
    HttpResponsePacket response = builder.build();
    response.getProcessingState().setKeepAlive(false);
    request.setSkipRemainder(true);
    Buffer buffer = Buffers.wrap(ctx.getMemoryManager(), body);
    ctx.write(HttpContent.builder(response).content(buffer).last(true).build());
    LingeringClose.after(ctx.getConnection(), (HttpContent) ctx.getMessage());
  }

  /** A directory asked without its slash: sent to it as a path, with the usual defences. */
  private static void redirect(FilterChainContext ctx, HttpRequestPacket request, String location) {
    HttpResponsePacket response =
        HttpResponsePacket.builder(request)
            .status(301)
            .reasonPhrase("Moved Permanently")
            .contentLength(0)
            .header(Header.Location, location)
            .header("Cache-Control", "no-store")
            .header("X-Content-Type-Options", "nosniff")
            .header("X-Frame-Options", "DENY")
            .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
            .header("Referrer-Policy", "strict-origin-when-cross-origin")
            .header(Header.Connection, "close")
            .build();
    // Answered before Payara's codec state is set up for the request: as with a refusal, the
    // connection ends with the answer.
    response.getProcessingState().setKeepAlive(false);
    request.setSkipRemainder(true);
    ctx.write(HttpContent.builder(response).last(true).build());
    LingeringClose.after(ctx.getConnection(), (HttpContent) ctx.getMessage());
  }

  static boolean isApiPath(String path) {
    return path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/checkout/api")
        || path.startsWith("/checkout/api/");
  }

  private static String title(GuardChecks.Refusal refusal) {
    return switch (refusal.status) {
      case 405 -> "Method not allowed";
      case 413 -> "Too large";
      default -> "Bad request";
    };
  }

  static String problem(GuardChecks.Refusal refusal) {
    String title = title(refusal);
    return "{\"type\":\"https://penny.dev/problems/"
        + refusal.code.replace('_', '-')
        + "\",\"title\":\""
        + title
        + "\",\"status\":"
        + refusal.status
        + ",\"detail\":\""
        + refusal.detail
        + "\",\"code\":\""
        + refusal.code
        + "\"}";
  }

  static String page(GuardChecks.Refusal refusal) {
    String title = title(refusal);
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + " · Penny</title></head><body><h1>"
        + title
        + "</h1><p>"
        + refusal.detail
        + "</p></body></html>";
  }

  /** How many times the request carries the header {@code name} (any case). */
  private static int count(HttpRequestPacket request, String name) {
    int n = 0;
    for (String ignored : request.getHeaders().values(name)) {
      n++;
    }
    return n;
  }
}
