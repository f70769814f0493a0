package dev.penny.tests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.penny.alpha.internal.Secret;
import dev.penny.beta.Outsider;
import dev.penny.platform.problem.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md section 2, checked on the compiled classes of every module, so that
 * a forbidden import fails the build instead of waiting for a review.
 */
class ArchitectureTest {

  /**
   * Module folders whose main classes are checked (absent ones, e.g. before checkout exists, skip).
   */
  private static final List<String> MODULES =
      List.of(
          "money",
          "platform",
          "tenant-admin",
          "cart",
          "payments",
          "checkout",
          "storefront-web",
          "launcher",
          "http-guard");

  private static JavaClasses penny;

  @BeforeAll
  static void importClasses() {
    Path root = Path.of(System.getProperty("penny.root", ".."));
    Path[] folders =
        MODULES.stream()
            .map(m -> root.resolve(m).resolve("target/classes"))
            .filter(Files::isDirectory)
            .toArray(Path[]::new);
    penny =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(folders);
    assertThat(penny.stream().map(JavaClass::getPackageName))
        .as("the modules were compiled before this test")
        .anyMatch(p -> p.startsWith("dev.penny.platform"))
        .anyMatch(p -> p.startsWith("dev.penny.storefront"))
        .anyMatch(p -> p.startsWith("dev.penny.admin"));
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("dev.penny.(**)").should().beFreeOfCycles().check(penny);
  }

  @Test
  void moneyDependsOnTheJdkAlone() {
    classes()
        .that()
        .resideInAPackage("dev.penny.money..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.penny.money..", "java..")
        .check(penny);
  }

  /**
   * The request guard runs inside Payara's HTTP layer, loaded before any application: Grizzly and
   * the JDK only, and no module of Penny's refers to it (the launcher names its jar, not its
   * classes).
   */
  @Test
  void theRequestGuardStandsAlone() {
    classes()
        .that()
        .resideInAPackage("dev.penny.httpguard..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.penny.httpguard..", "java..", "org.glassfish.grizzly..")
        .check(penny);
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.penny.httpguard..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.penny.httpguard..")
        .check(penny);
  }

  /**
   * {@code jakarta.json.Json}'s static methods look the JSON-P provider up through the
   * ServiceLoader on every call (found twice by profiling: product lists, then a quarter of a
   * micro-charge's time); Penny uses a provider looked up once ({@code Jsonp.JSON}, or the zone's
   * own field).
   */
  @Test
  void noCodeLooksTheJsonProviderUpPerCall() {
    noJsonProviderLookUpPerCall().check(penny);
    JavaClasses fixture = new ClassFileImporter().importClasses(dev.penny.beta.JsonPerCall.class);
    assertThatThrownBy(() -> noJsonProviderLookUpPerCall().check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("JsonPerCall");
  }

  private static com.tngtech.archunit.lang.ArchRule noJsonProviderLookUpPerCall() {
    return noClasses()
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a static method of jakarta.json.Json",
                call -> call.getTargetOwner().getName().equals("jakarta.json.Json")));
  }

  /**
   * The storefront's plain servlets say which methods they take ({@code Allow} on a 405 and on
   * OPTIONS, never TRACE): they extend {@code DeclaredMethodsServlet}, not {@code HttpServlet}.
   */
  @Test
  void storefrontServletsDeclareTheirMethods() {
    classes()
        .that()
        .resideInAPackage("dev.penny.storefront..")
        .and()
        .areAssignableTo("jakarta.servlet.http.HttpServlet")
        .and()
        .doNotHaveFullyQualifiedName("dev.penny.storefront.servlet.DeclaredMethodsServlet")
        // The error dispatcher answers whatever method the failed request had.
        .and()
        .doNotHaveFullyQualifiedName("dev.penny.storefront.web.ErrorDispatch")
        .should()
        .beAssignableTo("dev.penny.storefront.servlet.DeclaredMethodsServlet")
        .check(penny);
  }

  /**
   * A query's result stream is a scrolling result set that stays open until the stream is closed
   * (Hibernate) or the session ends: a look-up of one row reads it as a list.
   */
  @Test
  void noCodeScrollsAQueryForItsFirstRow() {
    noResultStreams().check(penny);
    JavaClasses fixture =
        new ClassFileImporter().importClasses(dev.penny.beta.ScrollingLookUp.class);
    assertThatThrownBy(() -> noResultStreams().check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ScrollingLookUp");
  }

  private static com.tngtech.archunit.lang.ArchRule noResultStreams() {
    return noClasses()
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "getResultStream of a JPA query",
                call ->
                    call.getName().equals("getResultStream")
                        && call.getTargetOwner().getPackageName().equals("jakarta.persistence")));
  }

  @Test
  void platformImportsNoOtherPennyModuleButMoney() {
    noClasses()
        .that()
        .resideInAPackage("dev.penny.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.penny.storefront..",
            "dev.penny.admin..",
            "dev.penny.cart..",
            "dev.penny.payments..",
            "dev.penny.checkout..",
            "dev.penny.launcher..")
        .check(penny);
  }

  @Test
  void theApiAndTheTenantAdminDoNotImportEachOther() {
    noClasses()
        .that()
        .resideInAPackage("dev.penny.storefront.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.penny.admin..")
        .check(penny);
    noClasses()
        .that()
        .resideInAPackage("dev.penny.admin..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.penny.storefront..")
        .check(penny);
  }

  @Test
  void domainModulesDoNotReachUpIntoTheWebModules() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.penny.cart..", "dev.penny.payments..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.penny.storefront..", "dev.penny.admin..", "dev.penny.checkout..")
        .allowEmptyShould(true)
        .check(penny);
  }

  @Test
  void theCheckoutZoneDependsOnMoneyOnly() {
    classes()
        .that()
        .resideInAPackage("dev.penny.checkout..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.penny.checkout..",
            "dev.penny.money..",
            "java..",
            "javax.crypto..",
            "javax.sql..",
            "jakarta..",
            "org.eclipse..",
            // Its own schema's migrations, by the same tool as every other module's.
            "org.flywaydb.core..")
        .allowEmptyShould(true)
        .check(penny);
  }

  @Test
  void internalPackagesAreUsedOnlyInsideTheirModule() {
    classes()
        .that()
        .resideInAPackage("dev.penny..internal..")
        .should(beUsedOnlyFromTheirOwnModule())
        .allowEmptyShould(true)
        .check(penny);
  }

  @Test
  void theInternalRuleCatchesAUseFromAnotherModule() {
    JavaClasses fixture = new ClassFileImporter().importClasses(Secret.class, Outsider.class);
    assertThatThrownBy(
            () ->
                classes()
                    .that()
                    .resideInAPackage("dev.penny..internal..")
                    .should(beUsedOnlyFromTheirOwnModule())
                    .check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(Outsider.class.getName());
  }

  @Test
  void problemCodesAreWrittenOnlyInErrorCode() throws IOException {
    Path root = Path.of(System.getProperty("penny.root", ".."));
    List<String> literals =
        Arrays.stream(ErrorCode.values()).map(c -> "\"" + c.code() + "\"").toList();
    List<String> offenders = new ArrayList<>();
    // The checkout zone shares no code with the platform (it depends on money alone): its codes
    // are its own (CardRefusal, ZoneProblems), even where the text is the same. So are the
    // request guard's, which runs in Payara's HTTP layer before any application (two codes, the
    // same text as ErrorCode's MALFORMED_REQUEST and METHOD_NOT_ALLOWED).
    for (String module :
        MODULES.stream().filter(m -> !m.equals("checkout") && !m.equals("http-guard")).toList()) {
      Path sources = root.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String text = Files.readString(file);
          literals.stream()
              .filter(text::contains)
              .forEach(l -> offenders.add(root.relativize(file) + " writes " + l));
        }
      }
    }
    assertThat(offenders).as("use ErrorCode constants instead").isEmpty();
  }

  /** {@code dev.penny.payments.ledger.internal.X} belongs to module {@code dev.penny.payments}. */
  static String moduleOf(String packageName) {
    String[] parts = packageName.split("\\.");
    return parts.length < 3 ? packageName : parts[0] + "." + parts[1] + "." + parts[2];
  }

  private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnModule() {
    return new ArchCondition<>("be used only from their own module") {
      @Override
      public void check(JavaClass internal, ConditionEvents events) {
        String module = moduleOf(internal.getPackageName());
        for (Dependency use : internal.getDirectDependenciesToSelf()) {
          String from = moduleOf(use.getOriginClass().getPackageName());
          if (!from.equals(module)) {
            events.add(SimpleConditionEvent.violated(use, use.getDescription()));
          }
        }
      }
    };
  }
}
