package io.github.kpi4j.model;

import java.text.Normalizer;

/**
 * How kpi4j compares names: KPI names in references, and formula variables.
 *
 * <p>Plans print the same name in different widths ({@code 研修（訂）} in one table and {@code 研修(訂)} in
 * the other) and with stray spaces, especially where text was extracted from a PDF. A careful
 * reader takes these for one name, and so does kpi4j: two names are the same when their Unicode
 * NFKC forms agree once every white-space character is removed. Nothing else is forgiven: a name
 * with another character, or one character fewer, is another name.
 */
public final class Names {
  private Names() {}

  /**
   * @param name a name as printed
   * @return the form in which names are compared: NFKC, without white space
   */
  public static String normalise(String name) {
    // Validation normalises every name at least once, and most names are Chinese characters,
    // ASCII letters and digits: text that NFKC leaves as it is and that holds no space, found in
    // one scan, without the normaliser's own quick check.
    if (isPlain(name)) {
      return name;
    }
    // Otherwise most are still in NFKC and hold no space: the quick check and the scan below then
    // allocate nothing.
    String nfkc =
        Normalizer.isNormalized(name, Normalizer.Form.NFKC)
            ? name
            : Normalizer.normalize(name, Normalizer.Form.NFKC);
    int length = nfkc.length();
    int first = 0;
    while (first < length && !isSpace(nfkc.codePointAt(first))) {
      first += Character.charCount(nfkc.codePointAt(first));
    }
    if (first == length) {
      return nfkc;
    }
    StringBuilder out = new StringBuilder(length).append(nfkc, 0, first);
    for (int i = first; i < length; ) {
      int c = nfkc.codePointAt(i);
      if (!isSpace(c)) {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /**
   * @return whether the text holds only printable ASCII other than the space, and CJK unified
   *     ideographs (U+3400–U+4DBF, U+4E00–U+9FFF): characters that NFKC maps to themselves, that
   *     compose with nothing, and that are no space; such a text is its own normal form
   */
  static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain =
          (c > 0x20 && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return whether the code point is white space ({@link Character#isWhitespace}) or a space
   *     separator ({@link Character#isSpaceChar}): the same answer, without the JDK's table lookup
   *     for every Chinese character (a test compares the two over every code point)
   */
  static boolean isSpace(int c) {
    if (c <= 0x20) {
      return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    if (c < 0x1680) {
      return c == 0xA0;
    }
    return c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  /**
   * @param a a name
   * @param b another name
   * @return whether the two are the same name in {@link #normalise(String) normal form}
   */
  public static boolean same(String a, String b) {
    return normalise(a).equals(normalise(b));
  }
}
