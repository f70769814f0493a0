package dev.penny.storefront.api;

import dev.penny.platform.problem.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;

/**
 * A body sent without a {@code Content-Type} to a method that takes JSON is refused (415 {@code
 * unsupported_media_type}), as a body of another type is: a request whose body's type is not said
 * is not taken for JSON by guess. A request without a body needs no type.
 */
@Priority(Priorities.HEADER_DECORATOR)
public class BodyTypeFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null || request.getMediaType() != null || !request.hasEntity()) {
      return;
    }
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
    }
    if (consumes != null
        && java.util.Arrays.asList(consumes.value()).contains(MediaType.APPLICATION_JSON)) {
      request.abortWith(
          ApiProblems.response(
              ErrorCode.UNSUPPORTED_MEDIA_TYPE,
              "The body has no Content-Type: send it as application/json"));
    }
  }
}
