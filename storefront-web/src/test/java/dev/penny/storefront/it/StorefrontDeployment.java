package dev.penny.storefront.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of this module's in-container suite: the storefront war exactly as packaged
 * (platform, tenant admin, persistence unit, migrations), plus the test classes. Every {@code *IT}
 * class of the module shares it, so the suite boots Payara Micro once; a new IT class is added here
 * (a class missing here fails with {@code ClassNotFoundException}, not silently).
 */
@ArquillianSuiteDeployment
public final class StorefrontDeployment {

  private StorefrontDeployment() {}

  @Deployment(testable = true)
  public static WebArchive storefront() {
    File war = new File(System.getProperty("penny.it.war", "target/penny-storefront.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(
            TenancyIT.class,
            MoneyMappingIT.class,
            MoneyMappingIT.SettingsReader.class,
            WebFragmentIT.class,
            Stores.class);
  }
}
