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
    // Validation normalises every name several times: most are already in NFKC and hold no
    // space, and the quick check and the scan below then allocate nothing.
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

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
