package dev.penny.storefront.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.net.MalformedURLException;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tenant admin jar joins the storefront war through its named web fragment: the war's absolute
 * ordering names it and nothing else, so its filter, its multipart entry servlet and its views are
 * in the application while every other library's fragment stays out (Servlet 6.0, 8.2.2).
 */
@ExtendWith(ArquillianExtension.class)
class WebFragmentIT {

  @Inject ServletContext servletContext;

  @Test
  void theAbsoluteOrderingNamesTheTenantAdminFragmentAlone() {
    @SuppressWarnings("unchecked")
    List<String> ordered = (List<String>) servletContext.getAttribute(ServletContext.ORDERED_LIBS);

    assertThat(ordered).hasSize(1);
    assertThat(ordered.get(0)).startsWith("penny-tenant-admin").endsWith(".jar");
  }

  @Test
  void theFragmentsAnnotatedFilterAndServletAreRegistered() {
    Map<String, ? extends FilterRegistration> filters = servletContext.getFilterRegistrations();
    Map<String, ? extends ServletRegistration> servlets = servletContext.getServletRegistrations();

    assertThat(filters.values())
        .anySatisfy(
            f -> {
              assertThat(f.getClassName()).isEqualTo("dev.penny.admin.web.AdminRequestFilter");
              assertThat(f.getUrlPatternMappings()).contains("/admin/*", "/stores/new");
            });
    assertThat(servlets.values())
        .anySatisfy(
            s -> {
              assertThat(s.getClassName()).isEqualTo("dev.penny.admin.web.AdminEntryServlet");
              assertThat(s.getMappings()).contains("/admin/*");
            });
  }

  @Test
  void theFragmentsViewsAreResourcesOfTheApplication() throws MalformedURLException {
    assertThat(servletContext.getResource("/admin-views/dashboard.xhtml")).isNotNull();
    assertThat(servletContext.getResource("/admin-views/admin-template.xhtml")).isNotNull();
  }
}
