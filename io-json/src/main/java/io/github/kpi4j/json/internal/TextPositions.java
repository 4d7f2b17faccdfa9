package io.github.kpi4j.json.internal;

/** Positions in a document's text, counted as the parser counts them. */
final class TextPositions {
  private TextPositions() {}

  /**
   * @param text a document
   * @param nameStart the offset of the opening quote of a property name
   * @return the offset of the value after the name and its colon, or -1 if there is none
   */
  static int valueAfterName(String text, int nameStart) {
    int i = nameStart + 1;
    while (i < text.length() && text.charAt(i) != '"') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    i = TextScan.skipWhiteSpace(text, i + 1);
    if (i >= text.length() || text.charAt(i) != ':') {
      return -1;
    }
    i = TextScan.skipWhiteSpace(text, i + 1);
    return i < text.length() ? i : -1;
  }

  /**
   * @param text a document
   * @param tokenStart the offset of a token
   * @return the offset of the first double quote after that token (the opening quote of the next
   *     property name, where one follows), or -1 if there is none
   */
  static int nextQuoteAfterToken(String text, int tokenStart) {
    int i = tokenStart;
    if (i >= 0 && i < text.length() && text.charAt(i) == '"') {
      i++;
      while (i < text.length() && text.charAt(i) != '"') {
        i += text.charAt(i) == '\\' ? 2 : 1;
      }
      i++;
    }
    for (; i >= 0 && i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param text a document
   * @param offset an offset in it, or its length for the end
   * @return the 1-based line and column of the offset; a line ends at {@code \n}, {@code \r\n} or a
   *     lone {@code \r}
   */
  static int[] position(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
