package dev.penny.storefront.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation the API answers is in the OpenAPI document it serves: each resource method of
 * {@link ApiApplication}, as its path and HTTP method. (Redocly checks the document itself.)
 */
class OpenApiCoverageTest {

  private static final Map<Class<? extends Annotation>, String> METHODS =
      Map.of(
          GET.class, "get",
          POST.class, "post",
          PUT.class, "put",
          PATCH.class, "patch",
          DELETE.class, "delete");

  @Test
  void everyResourceMethodIsDocumented() throws IOException {
    Map<String, List<String>> documented = documentedOperations();
    List<String> missing = new ArrayList<>();
    for (Class<?> type : new ApiApplication().getClasses()) {
      Path base = type.getAnnotation(Path.class);
      if (base == null) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        for (var entry : METHODS.entrySet()) {
          if (method.isAnnotationPresent(entry.getKey())) {
            Path sub = method.getAnnotation(Path.class);
            String path = "/api/v1/" + base.value() + (sub == null ? "" : "/" + sub.value());
            if (!documented.getOrDefault(path, List.of()).contains(entry.getValue())) {
              missing.add(entry.getValue().toUpperCase() + " " + path);
            }
          }
        }
      }
    }
    assertThat(missing).as("operations missing from openapi.yaml").isEmpty();
  }

  /** The paths of the document and the operations under each (a plain reading of its YAML). */
  private static Map<String, List<String>> documentedOperations() throws IOException {
    String yaml;
    try (InputStream in = OpenApiCoverageTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
      assertThat(in).as("openapi.yaml on the class path").isNotNull();
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, List<String>> operations = new LinkedHashMap<>();
    String current = null;
    boolean inPaths = false;
    for (String line : yaml.split("\n")) {
      if (line.equals("paths:")) {
        inPaths = true;
      } else if (inPaths && !line.isEmpty() && !line.startsWith(" ")) {
        inPaths = false;
      } else if (inPaths && line.matches("  /\\S+:")) {
        current = line.strip().replaceAll(":$", "");
        operations.put(current, new ArrayList<>());
      } else if (inPaths && current != null && line.matches("    (get|post|put|patch|delete):")) {
        operations.get(current).add(line.strip().replaceAll(":$", ""));
      }
    }
    assertThat(operations).as("paths read from openapi.yaml").isNotEmpty();
    return operations;
  }
}
