package dev.penny.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TenantScopeTest {

  private final TenantIdentifierResolver resolver = new TenantIdentifierResolver();

  @Test
  void outsideAnyScopeHibernateSeesNoStoreAndNoRoot() {
    Long tenant = resolver.resolveCurrentTenantIdentifier();

    assertThat(tenant).isEqualTo(TenantIdentifierResolver.NO_TENANT);
    assertThat(resolver.isRoot(tenant)).isFalse();
  }

  @Test
  void acrossTenantsIsTheRootAndRunAsNarrowsItBackToOneStore() {
    TenantScope.acrossTenants(
        "test",
        () -> {
          Long across = resolver.resolveCurrentTenantIdentifier();
          assertThat(resolver.isRoot(across)).isTrue();
          assertThat(TenantScope.isAcrossTenants()).isTrue();

          TenantScope.runAs(
              7,
              () -> {
                assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(7L);
                assertThat(resolver.isRoot(7L)).isFalse();
                assertThat(TenantScope.isAcrossTenants()).isFalse();
              });

          assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(across);
          return null;
        });

    assertThat(resolver.resolveCurrentTenantIdentifier())
        .isEqualTo(TenantIdentifierResolver.NO_TENANT);
  }

  @Test
  void theScopeBelongsToItsThreadSoAnotherThreadEntersItsOwn() throws Exception {
    Long seenElsewhere =
        TenantScope.acrossTenants(
            "test",
            () -> CompletableFuture.supplyAsync(resolver::resolveCurrentTenantIdentifier).join());
    Long enteredElsewhere =
        CompletableFuture.supplyAsync(
                () ->
                    TenantScope.acrossTenants(
                        "batch step", resolver::resolveCurrentTenantIdentifier))
            .get();

    assertThat(seenElsewhere).isEqualTo(TenantIdentifierResolver.NO_TENANT);
    assertThat(resolver.isRoot(enteredElsewhere)).isTrue();
  }

  @Test
  void workAcrossStoresMustSayWhy() {
    assertThatThrownBy(() -> TenantScope.acrossTenants(" ", () -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRunAsNeedsARealStore() {
    assertThatThrownBy(() -> TenantScope.runAs(TenantScope.ACROSS_TENANTS, () -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
