package io.github.kpi4j.internal;

/**
 * Text that Unicode NFKC leaves as it is, told in one scan: names and quantities are mostly Chinese
 * characters, ASCII letters and digits, and the JDK's normaliser costs far more than the scan, even
 * for text already in normal form (it copies it).
 */
public final class PlainText {
  private PlainText() {}

  /**
   * @param text a text
   * @return whether the text holds only printable ASCII other than the space, and CJK unified
   *     ideographs (U+3400–U+4DBF, U+4E00–U+9FFF): characters that NFKC maps to themselves, that
   *     compose with nothing, and that are no space; such a text is its own normal form
   */
  public static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isPlain(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param c a character
   * @return whether it is one that {@link #isPlain(String)} allows
   */
  public static boolean isPlain(char c) {
    return (c > 0x20 && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
  }
}
