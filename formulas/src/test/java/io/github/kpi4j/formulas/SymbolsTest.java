package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The symbols of code points: the full-width, ASCII and compatibility forms alike. */
class SymbolsTest {
  @Test
  void should_give_every_code_point_the_symbol_of_its_compatibility_form_every_time() {
    // GIVEN every code point, read by several threads at once and then again, so that the symbols
    // remembered for the Basic Multilingual Plane are both filled and read
    List<CompletableFuture<Void>> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(CompletableFuture.runAsync(SymbolsTest::assertEveryCodePoint));
    }
    threads.forEach(CompletableFuture::join);
    // WHEN read once more  THEN each is the symbol its NFKC form is written as, or none
    assertEveryCodePoint();
  }

  private static void assertEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x10000 ? 1 : 97) {
      assertThat(Symbols.of(cp)).as("U+%04X", cp).isEqualTo(expected(cp));
    }
  }

  /**
   * The symbol by its definition: the symbol a character is written as, else, for a character that
   * is no letter or digit, the one its NFKC form is written as.
   */
  private static Symbol expected(int cp) {
    Symbol own = direct(cp);
    if (own != Symbol.NONE || cp < 0x80 || Character.isLetterOrDigit(cp)) {
      return own;
    }
    String nfkc = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    return nfkc.codePointCount(0, nfkc.length()) == 1 ? direct(nfkc.codePointAt(0)) : Symbol.NONE;
  }

  private static Symbol direct(int cp) {
    String ascii = "+-*/^%=.()[]{}";
    // The forms Symbols names one by one, beside ASCII.
    String[] others = {"＋", "－−", "＊×", "／÷", "＾", "％", "＝≒≈", "．", "（", "）", "［", "］", "｛", "｝"};
    Symbol[] symbols = {
      Symbol.PLUS,
      Symbol.MINUS,
      Symbol.TIMES,
      Symbol.DIVIDE,
      Symbol.POWER,
      Symbol.PERCENT,
      Symbol.EQUALS,
      Symbol.DOT,
      Symbol.OPEN_ROUND,
      Symbol.CLOSE_ROUND,
      Symbol.OPEN_SQUARE,
      Symbol.CLOSE_SQUARE,
      Symbol.OPEN_CURLY,
      Symbol.CLOSE_CURLY
    };
    for (int i = 0; i < symbols.length; i++) {
      if (cp == ascii.charAt(i) || others[i].indexOf(cp) >= 0) {
        return symbols[i];
      }
    }
    switch (cp) {
      case '【':
      case '〖':
        return Symbol.OPEN_LENTICULAR;
      case '】':
      case '〗':
        return Symbol.CLOSE_LENTICULAR;
      case '〔':
        return Symbol.OPEN_TORTOISE;
      case '〕':
        return Symbol.CLOSE_TORTOISE;
      default:
        return Symbol.NONE;
    }
  }
}
