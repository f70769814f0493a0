package dev.penny.platform.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageUploadTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
  private static final byte[] GIF = "GIF89a....".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] WEBP = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);

  @Test
  void recognisesTheFourFormatsByTheirBytes() {
    assertThat(ImageUpload.of(PNG).format()).isEqualTo(ImageFormat.PNG);
    assertThat(ImageUpload.of(JPEG).format()).isEqualTo(ImageFormat.JPEG);
    assertThat(ImageUpload.of(GIF).format()).isEqualTo(ImageFormat.GIF);
    assertThat(ImageUpload.of(WEBP).format()).isEqualTo(ImageFormat.WEBP);
    assertThat(ImageFormat.WEBP.contentType()).isEqualTo("image/webp");
  }

  @Test
  void refusesTextSvgAndEmptyFiles() {
    assertThatThrownBy(() -> ImageUpload.of("hello".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(InvalidImageException.class)
        .hasMessage("The file is not a PNG, JPEG, GIF or WebP image.");
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ImageUpload.of(svg)).isInstanceOf(InvalidImageException.class);
    assertThatThrownBy(() -> ImageUpload.of(new byte[0])).hasMessage("The file is empty.");
    assertThatThrownBy(() -> ImageUpload.of("RIFF1234WAVE".getBytes(StandardCharsets.US_ASCII)))
        .as("a RIFF file that is not WebP")
        .isInstanceOf(InvalidImageException.class);
  }

  @Test
  void refusesMoreThanTwoMegabytesEvenWithAnImageSignature() {
    byte[] big = Arrays.copyOf(PNG, ImageUpload.MAX_BYTES + 1);
    assertThatThrownBy(() -> ImageUpload.of(big)).hasMessage("The image is larger than 2 MB.");
    assertThat(ImageUpload.of(Arrays.copyOf(PNG, ImageUpload.MAX_BYTES)).size())
        .isEqualTo(ImageUpload.MAX_BYTES);
    assertThatThrownBy(() -> ImageUpload.checkDeclaredSize(ImageUpload.MAX_BYTES + 1L))
        .isInstanceOf(InvalidImageException.class);
  }

  @Test
  void keepsItsOwnCopyOfTheBytes() {
    byte[] bytes = PNG.clone();
    ImageUpload upload = ImageUpload.of(bytes);
    bytes[0] = 0;
    assertThat(upload.bytes()[0]).isEqualTo((byte) 0x89);
  }
}
