package dev.penny.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"n\":0}",
        "{\"n\":-12}",
        "{\"n\":12.5}",
        "{\"n\":1e3}",
        "{\"n\":1E-99}",
        "{\"n\":123456789012345678901234567890.123456789012345678901234567890}",
        "{\"a\":[1,{\"b\":[true,null,\"x\"]}]}",
        "{\"a\":{\"a\":1},\"b\":[{\"a\":1},{\"a\":2}]}"
      })
  void readsOrdinaryObjects(String json) {
    assertThat(StrictJson.object(json.getBytes(StandardCharsets.UTF_8))).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[1]",
        "\"text\"",
        "{\"n\":1}{}",
        "{\"n\":1",
        "{\"n\":1e9999999999}",
        "{\"n\":1e100}",
        "{\"n\":1234567890123456789012345678901}",
        "{\"n\":0.1234567890123456789012345678901}",
        "{\"n\":01}",
        "{\"a\":[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]}"
      })
  void refusesWhatIsNotOneBoundedObject(String json) {
    assertThatThrownBy(() -> StrictJson.object(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(StrictJson.NotAccepted.class);
  }

  @org.junit.jupiter.api.Test
  void refusesBytesThatAreNoUtf8AndLoneSurrogatesKeepsEveryRealCharacter() {
    byte[] latin1 = "{\"name\":\"café\"}".getBytes(StandardCharsets.ISO_8859_1);
    byte[] stray = {'{', '"', 'n', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
    for (byte[] bytes : new byte[][] {latin1, stray}) {
      assertThatThrownBy(() -> StrictJson.object(bytes))
          .isInstanceOf(StrictJson.NotAccepted.class)
          .hasMessage("The document is not valid UTF-8");
    }
    for (String json : new String[] {"{\"n\":\"a\\ud800b\"}", "{\"\\udc00\":1}"}) {
      assertThatThrownBy(() -> StrictJson.object(json.getBytes(StandardCharsets.UTF_8)))
          .as(json)
          .isInstanceOf(StrictJson.NotAccepted.class)
          .hasMessageContaining("surrogate");
    }
    assertThat(
            StrictJson.object(
                    "{\"n\":\"café 😀 \\ud83d\\ude00 مرحبا\"}".getBytes(StandardCharsets.UTF_8))
                .getString("n"))
        .isEqualTo("café 😀 😀 مرحبا");
  }

  @org.junit.jupiter.api.Test
  void refusesAnOverlongNumberAndDeepNestingWithoutAStackOrMemoryCost() {
    for (String json :
        new String[] {
          "{\"n\":" + "9".repeat(100_000) + "}",
          "[".repeat(100_000),
          "{\"a\":" + "[".repeat(100_000)
        }) {
      assertThatThrownBy(() -> StrictJson.object(json.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(StrictJson.NotAccepted.class);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"amount\":\"0.01\",\"amount\":\"100.00\"}",
        "{\"a\":1,\"b\":2,\"a\":1}",
        "{\"x\":{\"k\":1,\"k\":2}}",
        "{\"x\":[{\"k\":1},{\"k\":1,\"k\":1}]}",
        "{\"am\\u006funt\":1,\"amount\":2}"
      })
  void refusesAMemberNamedTwiceInOneObject(String json) {
    assertThatThrownBy(() -> StrictJson.object(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(StrictJson.NotAccepted.class)
        .hasMessageContaining("named twice");
  }
}
