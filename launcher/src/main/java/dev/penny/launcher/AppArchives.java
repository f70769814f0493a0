package dev.penny.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The web archives the server deploys: every {@code *.war} in the apps folder, each at the context
 * root its file name gives ({@code ROOT.war} at {@code /}, {@code checkout.war} at {@code
 * /checkout}). The storefront ({@code ROOT.war}) must be there and deploys first; the rest follow
 * in name order, so a new war (the checkout zone) needs a file in the folder and nothing else.
 */
record AppArchives(List<App> apps) {

  static final String STOREFRONT = "ROOT.war";

  /** One archive and where it is served. */
  record App(String name, String contextRoot, Path file) {}

  AppArchives {
    apps = List.copyOf(apps);
  }

  static AppArchives in(Path appsDir) {
    Path storefront = appsDir.resolve(STOREFRONT);
    if (!Files.isRegularFile(storefront)) {
      throw new LaunchException(
          "The storefront archive is missing: " + storefront + " (run mvn package first)");
    }
    List<App> apps = new ArrayList<>();
    apps.add(new App("ROOT", "/", storefront));
    try (Stream<Path> files = Files.list(appsDir)) {
      files
          .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".war"))
          .filter(f -> !f.getFileName().toString().equals(STOREFRONT))
          .sorted(Comparator.comparing(f -> f.getFileName().toString()))
          .forEach(f -> apps.add(app(f)));
    } catch (IOException e) {
      throw new LaunchException("Cannot list " + appsDir + ": " + e.getMessage(), e);
    }
    return new AppArchives(apps);
  }

  /** These archives but the one named {@code name}. */
  AppArchives without(String name) {
    return new AppArchives(apps.stream().filter(a -> !a.name().equals(name)).toList());
  }

  private static App app(Path war) {
    String file = war.getFileName().toString();
    String name = file.substring(0, file.length() - ".war".length());
    if (!name.matches("[a-z][a-z0-9-]{0,40}")) {
      throw new LaunchException(
          "Cannot deploy " + war + ": a war's name is lowercase letters, digits and hyphens");
    }
    return new App(name, "/" + name, war);
  }
}
