package dev.penny.tests.e2e;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Real image files for upload tests. */
final class TestImages {

  private TestImages() {}

  /** A 32×32 PNG of one colour, written to {@code dir/name}. */
  static Path png(Path dir, String name, int rgb) throws IOException {
    BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(rgb));
    g.fillRect(0, 0, 32, 32);
    g.dispose();
    Path file = dir.resolve(name);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
