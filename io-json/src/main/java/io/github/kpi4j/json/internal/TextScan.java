package io.github.kpi4j.json.internal;

import java.nio.CharBuffer;
import tools.jackson.core.JsonToken;

/**
 * What stands in a document's text where the parser stopped: the state of the parser that Jackson
 * does not expose (inside a string or an escape, inside a number or a word), read again from the
 * text, which is the parser's only input; and whether the text starts with its format.
 */
final class TextScan {
  private static final String NUMBER_CHARACTERS = "0123456789+-.eE";
  private static final String SEPARATORS = ",:]} \t\r\n";

  /** The first property of a document that begins as documents written by kpi4j do. */
  private static final String FORMAT_FIRST = "\"format\"";

  private TextScan() {}

  /** The text around the character the parser refused. */
  static final class Reading {
    private final String text;
    private final int offset;
    private final boolean inString;
    private final int escapeStart;
    private final int wordStart;
    private final int wordEnd;

    private Reading(String text, int offset, boolean inString, int escapeStart) {
      this.text = text;
      this.offset = offset;
      this.inString = inString;
      this.escapeStart = escapeStart;
      int start = offset;
      while (!inString && start > 0 && isWordPart(text.charAt(start - 1))) {
        start--;
      }
      int end = offset;
      while (!inString && end < text.length() && isWordPart(text.charAt(end))) {
        end++;
      }
      this.wordStart = start;
      this.wordEnd = end;
    }

    /** Whether the character is inside a string (after its opening quote). */
    boolean inString() {
      return inString;
    }

    /** The offset of the backslash of the escape the character is part of, or -1. */
    int escapeStart() {
      return escapeStart;
    }

    /** The escape up to and with the character: {@code \研}. */
    String escape() {
      return text.substring(escapeStart, offset + Character.charCount(codePoint()));
    }

    int codePoint() {
      return text.codePointAt(offset);
    }

    /** Where the word (a number, a bare word) that holds the character starts. */
    int wordStart() {
      return isWordValue() ? wordStart : offset;
    }

    String word() {
      return text.substring(wordStart, wordEnd);
    }

    /**
     * Whether the parser stopped inside a bare word where a value goes, such as {@code NaN}, {@code
     * -Infinity} or {@code format}: a word that starts with a letter, after an optional sign.
     */
    boolean isWordValue() {
      String word = word();
      int first = word.startsWith("-") || word.startsWith("+") ? 1 : 0;
      return word.length() > first && Character.isLetter(word.codePointAt(first));
    }

    /**
     * Whether the parser stopped inside a number it had begun: {@code 06}, {@code 1.} before {@code
     * "}"}.
     */
    boolean isNumber() {
      if (inString || wordStart == offset || isWordValue()) {
        return false;
      }
      String begun = text.substring(wordStart, offset);
      char first = begun.charAt(0);
      if (!(first == '-' || first == '+' || Character.isDigit(first))) {
        return false;
      }
      for (int i = 0; i < begun.length(); i++) {
        if (NUMBER_CHARACTERS.indexOf(begun.charAt(i)) < 0) {
          return false;
        }
      }
      char last = begun.charAt(begun.length() - 1);
      return NUMBER_CHARACTERS.indexOf(text.charAt(offset)) >= 0 || ".eE+-".indexOf(last) >= 0;
    }

    /** The last character before the refused token that is not white space, or 0 for none. */
    char before() {
      for (int i = wordStart() - 1; i >= 0; i--) {
        char c = text.charAt(i);
        if (!isWhiteSpace(c)) {
          return c;
        }
      }
      return 0;
    }
  }

  /**
   * @param text a document
   * @param offset the offset of the character the parser refused, within the text
   * @return what stands there
   */
  static Reading at(String text, int offset) {
    boolean inString = false;
    int escapeStart = -1;
    int hexLeft = 0;
    // One pass from the start: a string's quotes and escapes can only be told apart from its start.
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (!inString) {
        inString = c == '"';
      } else if (hexLeft > 0) {
        hexLeft--;
        escapeStart = hexLeft == 0 ? -1 : escapeStart;
      } else if (escapeStart >= 0) {
        hexLeft = c == 'u' ? 4 : 0;
        escapeStart = c == 'u' ? escapeStart : -1;
      } else if (c == '\\') {
        escapeStart = i;
      } else {
        inString = c != '"';
      }
    }
    return new Reading(text, offset, inString, escapeStart);
  }

  /**
   * @param text a document
   * @param token the parser's current token, or null before the first
   * @param tokenStart its offset
   * @return the offset of the token after it, past the colon or comma between them
   */
  static int nextToken(String text, JsonToken token, int tokenStart) {
    int i = 0;
    if (token != null && tokenStart >= 0 && tokenStart < text.length()) {
      i = tokenStart;
      char c = text.charAt(i);
      if (c == '"') {
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else if ("{[]}".indexOf(c) >= 0) {
        i++;
      } else {
        while (i < text.length() && SEPARATORS.indexOf(text.charAt(i)) < 0) {
          i++;
        }
      }
    }
    i = skipWhiteSpace(text, i);
    if (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ':')) {
      i = skipWhiteSpace(text, i + 1);
    }
    return i;
  }

  /**
   * @return how many characters the number starting at the offset has
   */
  static int numberLength(String text, int start) {
    int i = start;
    while (i < text.length() && NUMBER_CHARACTERS.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i - start;
  }

  /**
   * @return the offset of the first character at or after {@code from} that is not JSON's white
   *     space (RFC 8259: space, tab, line feed, carriage return), or the text's length
   */
  static int skipWhiteSpace(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && isWhiteSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * @return whether the text is an object whose first property is {@code format}, written without
   *     escapes: an opening brace, white space, {@code "format"}, white space and a colon
   */
  static boolean startsWithFormat(char[] chars, int length) {
    CharSequence text = CharBuffer.wrap(chars, 0, length);
    int i = skipWhiteSpace(text, 0);
    if (i == length || text.charAt(i) != '{') {
      return false;
    }
    i = skipWhiteSpace(text, i + 1);
    if (length - i < FORMAT_FIRST.length()) {
      return false;
    }
    for (int k = 0; k < FORMAT_FIRST.length(); k++) {
      if (text.charAt(i + k) != FORMAT_FIRST.charAt(k)) {
        return false;
      }
    }
    i = skipWhiteSpace(text, i + FORMAT_FIRST.length());
    return i < length && text.charAt(i) == ':';
  }

  private static boolean isWhiteSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isWordPart(char c) {
    return !Character.isISOControl(c)
        && (Character.isJavaIdentifierPart(c) || c == '+' || c == '-' || c == '.');
  }
}
