package dev.penny.storefront.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A store page request as its Faces view sees it: without Faces' own request parameters ({@code
 * jakarta.faces.ViewState}, {@code jakarta.faces.partial.*} ...). Store pages are only read, never
 * posted back; a view-state parameter in a link would otherwise make Faces try to restore a view
 * that never existed and fail with a server error.
 */
final class ReadOnlyPageRequest extends HttpServletRequestWrapper {

  private static final String FACES_PREFIX = "jakarta.faces.";

  private final Map<String, String[]> parameters;

  ReadOnlyPageRequest(HttpServletRequest request) {
    super(request);
    Map<String, String[]> kept = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!name.startsWith(FACES_PREFIX)) {
                kept.put(name, values);
              }
            });
    this.parameters = Collections.unmodifiableMap(kept);
  }

  static boolean hasFacesParameters(HttpServletRequest request) {
    return request.getParameterMap().keySet().stream().anyMatch(n -> n.startsWith(FACES_PREFIX));
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters;
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] values = parameters.get(name);
    return values == null ? null : values.clone();
  }
}
