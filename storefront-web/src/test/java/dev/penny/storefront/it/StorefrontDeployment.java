package dev.penny.storefront.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
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
    WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    return archive
        .setWebXML(new StringAsset(withTestRunner(archive.get(WEB_XML).getAsset())))
        .addAsLibrary(jarOf(Assertions.class))
        .addClasses(
            TenancyIT.class,
            MoneyMappingIT.class,
            MoneyMappingIT.SettingsReader.class,
            WebFragmentIT.class,
            SchemaIT.class,
            QueryPlanIT.class,
            GrowthStores.class,
            SlowLog.class,
            SlowLog.Logged.class,
            SlowLog.PlanRow.class,
            Stores.class,
            CartIT.class,
            OrderIT.class,
            LedgerIT.class,
            TabChargingIT.class,
            WebhooksIT.class,
            WebhooksIT.Received.class,
            ScriptedCardCharges.class,
            ScriptedAcquirerFile.class,
            Concurrently.class,
            InTransaction.class)
        .addAsResource(new File("../bench/growth-seed.sql"), "growth-seed.sql");
  }

  private static final String WEB_XML = "WEB-INF/web.xml";
  private static final String RUNNER = "ArquillianServletRunnerEE9";

  /** The jar a test library's class came from (the test class path has it, Maven resolved it). */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String withTestRunner(Asset webXml) {
    try (InputStream in = webXml.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace(
          "</web-app>",
          "  <servlet><servlet-name>"
              + RUNNER
              + "</servlet-name><servlet-class>"
              + "org.jboss.arquillian.protocol.servlet5.runner.ServletTestRunner"
              + "</servlet-class></servlet>\n  <servlet-mapping><servlet-name>"
              + RUNNER
              + "</servlet-name><url-pattern>/"
              + RUNNER
              + "</url-pattern></servlet-mapping>\n</web-app>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
