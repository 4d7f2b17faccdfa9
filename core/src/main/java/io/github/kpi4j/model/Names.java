package io.github.kpi4j.model;

import io.github.kpi4j.internal.PlainText;
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
    if (PlainText.isPlain(name)) {
      return name;
    }
    // Most of the rest differ only by full-width punctuation (，（）) or a stray space: mapped in
    // one more scan, still without the normaliser, which costs several times as much.
    String simple = simpleForm(name);
    if (simple != null) {
      return simple;
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

  /** What {@link #simple(char)} gives for a character that the one-scan path leaves out. */
  static final int DROPPED = -1;

  /** What {@link #simple(char)} gives for a character that needs the normaliser. */
  static final int NOT_SIMPLE = -2;

  /**
   * @return the normal form of a text of {@link #simple(char) simple} characters, in one scan; null
   *     if it holds any other
   */
  private static String simpleForm(String text) {
    int length = text.length();
    // A name whose only characters beyond the plain ones are CJK punctuation that NFKC keeps
    // (、「」《》) is already in normal form: given back as it is, with nothing allocated, and the
    // index of printed names then need not hold it.
    int first = 0;
    while (first < length && simple(text.charAt(first)) == text.charAt(first)) {
      first++;
    }
    if (first == length) {
      return text;
    }
    char[] out = new char[length];
    text.getChars(0, first, out, 0);
    int n = first;
    for (int i = first; i < length; i++) {
      int c = simple(text.charAt(i));
      if (c >= 0) {
        out[n++] = (char) c;
      } else if (c == NOT_SIMPLE) {
        return null;
      }
    }
    return new String(out, 0, n);
  }

  /**
   * Characters whose normal form is known without the normaliser, alone and in any sequence of
   * them: none composes with another, and none is a combining mark (a test checks every one of them
   * against the JDK).
   *
   * @return the character itself where NFKC keeps it (printable ASCII, CJK unified ideographs, the
   *     CJK brackets and punctuation U+3001–U+301F, the dash and quotation marks U+2014, U+2018,
   *     U+2019, U+201C and U+201D); the ASCII character for a full-width form (U+FF01–U+FF5E, which
   *     NFKC maps to U+0021–U+007E); {@link #DROPPED} for the space and the ideographic space,
   *     which NFKC leaves as or maps to a space; {@link #NOT_SIMPLE} for any other
   */
  static int simple(char c) {
    if (PlainText.isPlain(c)) {
      return c;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return c - 0xFEE0;
    }
    if (c >= 0x3001 && c <= 0x301F) {
      return c;
    }
    if (c == 0x20 || c == 0x3000) {
      return DROPPED;
    }
    if (c == 0x2014 || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D) {
      return c;
    }
    return NOT_SIMPLE;
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
