package dev.penny.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoreMembershipsTest {

  @Test
  void readsOwnerAndStaffGroups() {
    StoreMemberships m =
        StoreMemberships.fromGroupPaths(
            List.of("/tenants/demo-books/owner", "/tenants/demo-coffee/staff"));
    assertThat(m.roleIn("demo-books")).contains(StoreRole.OWNER);
    assertThat(m.roleIn("demo-coffee")).contains(StoreRole.STAFF);
    assertThat(m.roleIn("other-store")).isEmpty();
  }

  @Test
  void anOwnerListedAsStaffTooIsAnOwner() {
    StoreMemberships m =
        StoreMemberships.fromGroupPaths(
            List.of("/tenants/demo-books/staff", "/tenants/demo-books/owner"));
    assertThat(m.roleIn("demo-books")).contains(StoreRole.OWNER);
  }

  @Test
  void ignoresEverythingElse() {
    StoreMemberships m =
        StoreMemberships.fromGroupPaths(
            List.of(
                "/tenants/demo-books",
                "/tenants/demo-books/admin",
                "/tenants/Demo-Books/owner",
                "/tenants/demo-books/owner/extra",
                "/other/demo-books/owner",
                "tenants/demo-books/owner",
                "/tenants//owner"));
    assertThat(m.asMap()).isEmpty();
  }

  @Test
  void onlyOwnersChangeSettings() {
    assertThat(StoreRole.OWNER.canChangeSettings()).isTrue();
    assertThat(StoreRole.STAFF.canChangeSettings()).isFalse();
  }
}
