package io.github.kpi4j.json.internal;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.finding.DocumentPath;
import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.json.KpiJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;

/**
 * Turns what Jackson raises into a DocumentException that says where and what, in the terms of the
 * formats: "expected X, got Y", in the reader's language.
 *
 * <p>The deserializers phrase their own problems ({@link DatabindException}, with the path they
 * built). For the parser's own exceptions Jackson has no kinds finer than its exception types, and
 * its messages are English prose that changes between releases; so the problem is found from what
 * does not change: the exception's type, its location, the parser's context and current token, and
 * the character of the document where reading stopped.
 */
final class DocumentErrors {
  private DocumentErrors() {}

  static DocumentException at(
      String source, TokenStreamLocation where, String pointer, String problem) {
    return new DocumentException(source, line(where), column(where), pointer, problem, null);
  }

  /**
   * @param e what Jackson raised
   * @param source the document's name
   * @param p the parser that raised it, which stands where reading stopped
   * @param text the document's text
   * @param messages the language of the problem
   */
  static DocumentException translate(
      JacksonException e, String source, JsonParser p, String text, Messages messages) {
    if (e instanceof DatabindException) {
      TokenStreamLocation where = databindLocation(e, p, text);
      return new DocumentException(
          source,
          line(where),
          column(where),
          pointer(e),
          String.valueOf(e.getOriginalMessage()),
          e);
    }
    if (e instanceof StreamConstraintsException) {
      return limit((StreamConstraintsException) e, source, p, text, messages);
    }
    return syntax(e, source, p, text, messages);
  }

  /**
   * The position of a deserializer's problem: where it says, or else the parser's token, which is
   * the value when the parser stands on the name before it.
   */
  private static TokenStreamLocation databindLocation(
      JacksonException e, JsonParser p, String text) {
    TokenStreamLocation where = e.getLocation();
    if (where != null && where.getLineNr() > 0) {
      return where;
    }
    where = p.currentTokenLocation();
    long offset = where.getCharOffset();
    if (offset < 0 || offset >= text.length() || text.charAt((int) offset) != '"') {
      return where;
    }
    return at(where, TextPositions.valueAfterName(text, (int) offset), text);
  }

  /**
   * @return the JSON Pointer of the offending value: the path the deserializers gave their own
   *     problems, or where the parser stood when the JSON itself was at fault (its read-ahead of a
   *     value after a name happens before any deserializer can add the name to a path)
   */
  static String pointer(JacksonException e, JsonParser p) {
    return e instanceof DatabindException
        ? pointer(e)
        : p.streamReadContext().pathAsPointer().toString();
  }

  private static String pointer(JacksonException e) {
    DocumentPath path = DocumentPath.root();
    for (JacksonException.Reference reference : e.getPath()) {
      path =
          reference.getPropertyName() != null
              ? path.property(reference.getPropertyName())
              : path.index(reference.getIndex());
    }
    return path.toString();
  }

  /**
   * A limit of the reader's StreamReadConstraints. Jackson raises it without a position, while the
   * parser still stands on the token before the value that broke it: what starts next says which
   * limit it was.
   */
  private static DocumentException limit(
      StreamConstraintsException e, String source, JsonParser p, String text, Messages messages) {
    TokenStreamLocation token = p.currentTokenLocation();
    int tokenStart = (int) token.getCharOffset();
    int next = TextScan.nextToken(text, p.currentToken(), tokenStart);
    char c = next >= 0 && next < text.length() ? text.charAt(next) : '\0';
    String pointer = p.streamReadContext().pathAsPointer().toString();
    if (p.currentToken() == JsonToken.START_ARRAY) {
      // Jackson's pointer ends at an array with no element yet; the value read is its first.
      pointer = DocumentPath.of(pointer).index(0).toString();
    }
    TokenStreamLocation where = token;
    String problem;
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      // Jackson reads a string's text when it is asked for: the parser stands on the string.
      problem = messages.format("limit.string", KpiJson.MAX_STRING_LENGTH);
    } else if (c == '[' || c == '{') {
      problem = messages.format("limit.depth", KpiJson.MAX_NESTING_DEPTH);
    } else if (c == '"'
        && p.currentToken() != JsonToken.PROPERTY_NAME
        && p.streamReadContext().inObject()) {
      // The name is too long to quote: the pointer is its object's, the position its start.
      pointer = pointer.substring(0, Math.max(pointer.lastIndexOf('/'), 0));
      where = at(token, next, text);
      problem = messages.format("limit.name", KpiJson.MAX_NAME_LENGTH);
    } else if (c == '"') {
      where = at(token, next, text);
      problem = messages.format("limit.string", KpiJson.MAX_STRING_LENGTH);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      where = at(token, next, text);
      problem =
          messages.format(
              "limit.number", KpiJson.MAX_NUMBER_DIGITS, TextScan.numberLength(text, next));
    } else {
      problem = messages.format("limit.other", e.getOriginalMessage());
    }
    return new DocumentException(source, line(where), column(where), pointer, problem, e);
  }

  /** Malformed JSON, at the character where the parser stopped. */
  private static DocumentException syntax(
      JacksonException e, String source, JsonParser p, String text, Messages messages) {
    TokenStreamLocation where = e.getLocation();
    int offset = where == null ? -1 : (int) where.getCharOffset();
    if (where == null || where.getLineNr() <= 0) {
      where = p.currentLocation();
      offset = (int) where.getCharOffset();
    }
    String pointer = p.streamReadContext().pathAsPointer().toString();
    String problem;
    if (e instanceof UnexpectedEndOfInputException || offset < 0 || offset >= text.length()) {
      problem = end(e, p.streamReadContext(), messages);
    } else {
      TextScan.Reading reading = TextScan.at(text, offset);
      int start = reading.wordStart();
      if (start != offset && reading.isWordValue()) {
        // Jackson points after a token it does not know (NaN); the value starts before it.
        where = at(where, start, text);
      }
      problem = unexpected(reading, p, messages);
    }
    if (!(e instanceof StreamReadException)) {
      problem = messages.format("syntax.other", e.getOriginalMessage());
    }
    return new DocumentException(
        source, line(where), column(where), pointer, messages.format("malformed", problem), e);
  }

  private static String end(JacksonException e, TokenStreamContext context, Messages messages) {
    if (e instanceof UnexpectedEndOfInputException) {
      JsonToken decoding = ((UnexpectedEndOfInputException) e).getTokenBeingDecoded();
      if (decoding == JsonToken.VALUE_STRING || decoding == JsonToken.PROPERTY_NAME) {
        return messages.pattern("syntax.end.string");
      }
      if (decoding == null && context.inObject()) {
        return messages.pattern("syntax.end.object");
      }
      if (decoding == null && context.inArray()) {
        return messages.pattern("syntax.end.array");
      }
    }
    return messages.pattern("syntax.end");
  }

  /** What the parser wanted where it met the character it refused. */
  private static String unexpected(TextScan.Reading at, JsonParser p, Messages messages) {
    TokenStreamContext context = p.streamReadContext();
    String got = character(at.codePoint(), messages);
    if (at.escapeStart() >= 0) {
      return messages.format("syntax.escape", at.escape());
    }
    if (at.inString()) {
      return messages.format("syntax.control", got);
    }
    if (at.isNumber()) {
      return messages.format("syntax.number", numberProblem(at.word(), messages));
    }
    char before = at.before();
    boolean wantsValue =
        before == ':'
            || before == '['
            || before == 0
            || (before == ',' && context.inArray())
            || context.inRoot();
    if (wantsValue && at.isWordValue()) {
      return messages.format("syntax.value", TokenValues.quote(at.word()).replace("\"", ""));
    }
    if (Character.isISOControl(at.codePoint())) {
      return messages.format("syntax.white-space", got);
    }
    if (at.codePoint() == '/') {
      return messages.format("syntax.comment", got);
    }
    int c = at.codePoint();
    if ((c == '}' && context.inArray()) || (c == ']' && context.inObject())) {
      return messages.format(
          "syntax.close", context.inArray() ? "]" : "}", new String(Character.toChars(c)));
    }
    if (wantsValue) {
      return messages.format("syntax.value", got);
    }
    if (before == ',' || before == '{') {
      return messages.format("syntax.name", got);
    }
    if (p.currentToken() == JsonToken.PROPERTY_NAME) {
      return messages.format("syntax.colon", got);
    }
    return messages.format(
        context.inArray() ? "syntax.array-separator" : "syntax.object-separator", got);
  }

  private static String numberProblem(String number, Messages messages) {
    String digits = number.startsWith("-") || number.startsWith("+") ? number.substring(1) : number;
    if (digits.isEmpty() || !Character.isDigit(digits.charAt(0))) {
      return messages.pattern("number.integer");
    }
    if (digits.length() > 1 && digits.charAt(0) == '0' && Character.isDigit(digits.charAt(1))) {
      return messages.pattern("number.leading-zero");
    }
    int e = Math.max(digits.indexOf('e'), digits.indexOf('E'));
    int point = digits.indexOf('.');
    if (point >= 0
        && (point + 1 >= digits.length() || !Character.isDigit(digits.charAt(point + 1)))) {
      return messages.pattern("number.fraction");
    }
    if (e >= 0) {
      return messages.pattern("number.exponent");
    }
    return messages.format("number.other", number);
  }

  /**
   * @return the character as a problem shows it: quoted, or by its code when it is invisible
   */
  private static String character(int code, Messages messages) {
    if (code < 0 || !Character.isValidCodePoint(code)) {
      return messages.pattern("something-else");
    }
    if (Character.isISOControl(code) || Character.isWhitespace(code)) {
      return String.format("U+%04X", code);
    }
    return TokenValues.quote(new String(Character.toChars(code)));
  }

  private static TokenStreamLocation at(TokenStreamLocation like, int offset, String text) {
    if (offset < 0 || offset > text.length()) {
      return like;
    }
    int[] position = TextPositions.position(text, offset);
    return new TokenStreamLocation(like.contentReference(), -1, offset, position[0], position[1]);
  }

  private static int line(TokenStreamLocation where) {
    return where == null ? 0 : Math.max(where.getLineNr(), 0);
  }

  private static int column(TokenStreamLocation where) {
    return where == null ? 0 : Math.max(where.getColumnNr(), 0);
  }
}
