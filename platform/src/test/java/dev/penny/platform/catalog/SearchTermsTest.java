package dev.penny.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTermsTest {

  @Test
  void wordsAreRunsOfLettersAndDigitsInLowerCase() {
    assertThat(SearchTerms.words("Walnut Lamp, no. 12 (large)"))
        .containsExactly("walnut", "lamp", "no", "12", "large");
  }

  @Test
  void wildcardsAndOperatorsAreNeverPartOfAWord() {
    assertThat(SearchTerms.words("-copper +\"lamp\" 50% bo_wl* x!y"))
        .containsExactly("copper", "lamp", "50", "bo", "wl");
  }

  @Test
  void lettersOfAnyScriptCount() {
    assertThat(SearchTerms.words("Café Überzieher Ελληνικά 東京"))
        .containsExactly("café", "überzieher", "ελληνικά", "東京");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "%", "a b", "*", "'\"--", "_"})
  void textWithoutAWordOfTwoCharactersHasNoWords(String text) {
    assertThat(SearchTerms.words(text)).isEmpty();
  }

  @Test
  void repeatedWordsCountOnceAndLongOnesAreCut() {
    assertThat(SearchTerms.words("salt Salt SALT")).containsExactly("salt");
    assertThat(SearchTerms.words("x".repeat(100))).containsExactly("x".repeat(40));
  }

  @Test
  void aQueryHasAtMostEightWords() {
    assertThat(SearchTerms.query("aa bb cc dd ee ff gg hh ii jj")).hasSize(8).startsWith("aa");
  }
}
