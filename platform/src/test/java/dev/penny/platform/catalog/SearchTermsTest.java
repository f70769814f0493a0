package dev.penny.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTermsTest {

  @Test
  void everyWordIsRequiredAndMatchesAsAPrefix() {
    assertThat(SearchTerms.booleanQuery("Walnut Lamp")).contains("+walnut* +lamp*");
  }

  @Test
  void operatorsOfTheFullTextSyntaxAreNotPassedOn() {
    assertThat(SearchTerms.booleanQuery("-copper +\"lamp\" (bowl)~ <x> kettle@2"))
        .contains("+copper* +lamp* +bowl* +kettle*");
  }

  @Test
  void lettersOfAnyScriptAndDigitsAreWords() {
    assertThat(SearchTerms.booleanQuery("Café 2024 Überzieher"))
        .contains("+café* +2024* +überzieher*");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "%", "a b", "of the", "*", "'\"--", "ab"})
  void textWithoutAnIndexedWordMatchesNothing(String text) {
    assertThat(SearchTerms.booleanQuery(text)).isEmpty();
  }

  @Test
  void stopwordsAndShortWordsAreDroppedNotRequired() {
    assertThat(SearchTerms.booleanQuery("the salt of a sea")).contains("+salt* +sea*");
  }

  @Test
  void repeatedWordsCountOnceAndTheQueryIsBounded() {
    assertThat(SearchTerms.booleanQuery("salt salt SALT")).contains("+salt*");
    String many = "word1 word2 word3 word4 word5 word6 word7 word8 word9 wordA wordB wordC wordD";
    assertThat(SearchTerms.booleanQuery(many).orElseThrow().split(" ")).hasSize(12);
  }
}
