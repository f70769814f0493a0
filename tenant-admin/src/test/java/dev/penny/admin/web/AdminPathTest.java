package dev.penny.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminPathTest {

  @Test
  void mapsEachAdminPageToItsView() {
    assertThat(AdminPath.resolve("/").orElseThrow().target())
        .isEqualTo("/admin-views/dashboard.xhtml");
    assertThat(AdminPath.resolve("/products").orElseThrow().target())
        .isEqualTo("/admin-views/products.xhtml");
    assertThat(AdminPath.resolve("/products/new").orElseThrow().target())
        .isEqualTo("/admin-views/product.xhtml");
    assertThat(AdminPath.resolve("/products/12").orElseThrow().target())
        .isEqualTo("/admin-views/product.xhtml?id=12");
    assertThat(AdminPath.resolve("/content/7/").orElseThrow().target())
        .isEqualTo("/admin-views/content-item.xhtml?id=7");
    assertThat(AdminPath.resolve("/api-keys").orElseThrow().target())
        .isEqualTo("/admin-views/api-keys.xhtml");
    assertThat(AdminPath.resolve("/staff/").orElseThrow().target())
        .isEqualTo("/admin-views/staff.xhtml");
  }

  @Test
  void anythingElseIsNotFound() {
    assertThat(AdminPath.resolve("/products/0")).isEmpty();
    assertThat(AdminPath.resolve("/products/-1")).isEmpty();
    assertThat(AdminPath.resolve("/products/abc")).isEmpty();
    assertThat(AdminPath.resolve("/products/12/../../settings")).isEmpty();
    assertThat(AdminPath.resolve("/products/1234567890123456789")).isEmpty();
    assertThat(AdminPath.resolve("/settings.xhtml")).isEmpty();
    assertThat(AdminPath.resolve("/WEB-INF/web.xml")).isEmpty();
  }
}
