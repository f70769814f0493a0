package dev.penny.storefront.api;

import dev.penny.platform.problem.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * On a resource method that takes query parameters (its {@code @QueryParam} ones, such as a list's
 * {@code limit} and {@code cursor}), refuses one it does not take (400 {@code unknown_parameter})
 * and one it takes given twice (400 {@code duplicate_parameter}): a misspelt {@code limt=5} is an
 * error rather than silently ignored. A method that reads the whole query itself ({@code @Context
 * UriInfo}) checks its own; one that takes none ignores the query, as a content item's address may
 * carry a link's tracking parameters.
 */
@Priority(Priorities.USER)
public class QueryParameterFilter implements ContainerRequestFilter {

  private static final Map<Method, Set<String>> TAKEN = new ConcurrentHashMap<>();

  /** Marks a method that reads the query itself (a name no query parameter can have here). */
  private static final String SELF_CHECKED = "\u0000self";

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Set<String> taken = TAKEN.computeIfAbsent(method, QueryParameterFilter::takenBy);
    if (taken.isEmpty() || taken.contains(SELF_CHECKED)) {
      return;
    }
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      String name = parameter.getKey();
      if (!taken.contains(name)) {
        request.abortWith(
            ApiProblems.response(
                ErrorCode.UNKNOWN_PARAMETER, "Unknown query parameter '" + abbreviate(name) + "'"));
        return;
      }
      if (parameter.getValue().size() > 1) {
        request.abortWith(
            ApiProblems.response(ErrorCode.DUPLICATE_PARAMETER, "'" + name + "' is given twice"));
        return;
      }
    }
  }

  private static Set<String> takenBy(Method method) {
    Set<String> names = new HashSet<>();
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null) {
        names.add(query.value());
      }
      if (parameter.getType() == UriInfo.class && parameter.isAnnotationPresent(Context.class)) {
        names.add(SELF_CHECKED);
      }
    }
    return Set.copyOf(names);
  }

  private static String abbreviate(String name) {
    return name.length() <= 40 ? name : name.substring(0, 40) + "…";
  }
}
