package io.github.kpi4j.json.internal;

import io.github.kpi4j.DocumentException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;

/**
 * Turns what Jackson raises into a DocumentException that says where and what, in the terms of the
 * formats: "expected X, got Y". The deserializers phrase their own problems; the parser's messages
 * about malformed JSON and limits are rephrased here.
 */
final class DocumentErrors {
  private static final String VALUE =
      "a JSON value (a string, number, object, array, true, false or null)";
  private static final Pattern CODE = Pattern.compile("code (\\d+)");
  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '(.*?)'");
  private static final Pattern CLOSE =
      Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
  private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.)'");
  private static final Pattern LIMIT =
      Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern NOISE =
      Pattern.compile("\\s*(\\(start marker at \\[.*|at \\[Source.*|\\(for .*?\\)$)");

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
   */
  static DocumentException translate(JacksonException e, String source, JsonParser p, String text) {
    TokenStreamLocation where = where(e, p, text);
    String pointer = pointer(e, p);
    if (isNameLimit(e)) {
      // The name is too long to quote: the pointer is its object's, the position its start.
      pointer = pointer.substring(0, Math.max(pointer.lastIndexOf('/'), 0));
      TokenStreamLocation previous = p.currentTokenLocation();
      where =
          at(where, TextPositions.nextQuoteAfterToken(text, (int) previous.getCharOffset()), text);
    }
    return new DocumentException(source, line(where), column(where), pointer, problem(e), e);
  }

  private static boolean isNameLimit(JacksonException e) {
    return e instanceof StreamConstraintsException
        && String.valueOf(e.getOriginalMessage()).startsWith("Name length");
  }

  private static TokenStreamLocation at(TokenStreamLocation like, int offset, String text) {
    if (offset < 0) {
      return like;
    }
    int[] position = TextPositions.position(text, offset);
    return new TokenStreamLocation(like.contentReference(), -1, offset, position[0], position[1]);
  }

  /**
   * The position of the problem. Jackson raises a limit without one; the parser's token then is the
   * value that broke it, or the name before it when the parser, as it does, read the value's start
   * while reading the name.
   */
  private static TokenStreamLocation where(JacksonException e, JsonParser p, String text) {
    TokenStreamLocation where = e.getLocation();
    if (where != null && where.getLineNr() > 0) {
      Matcher nonStandard = NON_STANDARD.matcher(String.valueOf(e.getOriginalMessage()));
      if (nonStandard.find() && where.getCharOffset() >= nonStandard.group(1).length()) {
        // Jackson points after a non-standard token (NaN); the value starts before it.
        return at(where, (int) where.getCharOffset() - nonStandard.group(1).length(), text);
      }
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
    return e instanceof DatabindException ? pointer(e.getPath()) : pointer(p.streamReadContext());
  }

  static String problem(JacksonException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof DatabindException) {
      return message;
    }
    if (e instanceof StreamConstraintsException) {
      return limit(message);
    }
    return "malformed JSON: " + syntax(e, message);
  }

  private static String limit(String message) {
    Matcher m = LIMIT.matcher(message);
    if (!m.find()) {
      return "expected input within the reader's limits, got: " + clean(message);
    }
    String what = m.group(1);
    String max = m.group(3);
    if (what.startsWith("Document nesting depth")) {
      return "expected objects and arrays nested at most " + max + " deep, got deeper";
    }
    if (what.startsWith("Number value length")) {
      return "expected a number of at most " + max + " characters, got " + m.group(2);
    }
    if (what.startsWith("String value length")) {
      return "expected a string of at most " + max + " characters, got more";
    }
    if (what.startsWith("Name length")) {
      return "expected a property name of at most " + max + " characters, got more";
    }
    if (what.startsWith("Document length")) {
      return "expected a document of at most " + max + " characters, got more";
    }
    return "expected input within the reader's limits, got: " + clean(message);
  }

  private static String syntax(JacksonException e, String message) {
    if (e instanceof UnexpectedEndOfInputException
        || message.startsWith("Unexpected end-of-input")) {
      if (message.contains("close marker for Object")) {
        return "expected \"}\" to close an object, got the end of the document";
      }
      if (message.contains("close marker for Array")) {
        return "expected \"]\" to close an array, got the end of the document";
      }
      if (message.contains("quote") || message.contains("property name")) {
        return "expected the closing quote of a string, got the end of the document";
      }
      return "expected more JSON, got the end of the document";
    }
    String got = character(message);
    if (message.contains("was expecting a colon")) {
      return "expected \":\" after a property name, got " + got;
    }
    if (message.contains("was expecting double-quote to start property name")) {
      return "expected a property name in double quotes, got " + got;
    }
    if (message.contains("was expecting comma to separate Object entries")) {
      return "expected \",\" or \"}\", got " + got;
    }
    if (message.contains("was expecting comma to separate Array entries")) {
      return "expected \",\" or \"]\", got " + got;
    }
    if (message.contains("Feature 'ALLOW_COMMENTS' not enabled")) {
      return "expected JSON, which has no comments, got " + got;
    }
    Matcher nonStandard = NON_STANDARD.matcher(message);
    if (nonStandard.find()) {
      return "expected " + VALUE + ", got " + nonStandard.group(1);
    }
    if (message.startsWith("Invalid numeric value: ")) {
      return "expected a JSON number, got an invalid one: "
          + message.substring("Invalid numeric value: ".length());
    }
    Matcher token = TOKEN.matcher(message);
    if (token.find()) {
      return "expected " + VALUE + ", got " + TokenValues.quote(token.group(1)).replace("\"", "");
    }
    if (message.contains("expected a valid value")) {
      return "expected " + VALUE + ", got " + got;
    }
    Matcher close = CLOSE.matcher(message);
    if (close.find()) {
      return "expected \"" + close.group(2) + "\", got \"" + close.group(1) + "\"";
    }
    if (message.startsWith("Illegal unquoted character")) {
      return "expected a control character in a string to be escaped, got " + got;
    }
    if (message.startsWith("Illegal character")) {
      return "expected white space between values, got " + got;
    }
    Matcher escape = ESCAPE.matcher(message);
    if (escape.find()) {
      return "expected an escape of \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX, got \\"
          + escape.group(1);
    }
    return clean(message);
  }

  /**
   * @return the character a parser message names by its code, as a problem shows it
   */
  private static String character(String message) {
    Matcher m = CODE.matcher(message);
    if (!m.find()) {
      return "something else";
    }
    int code = Integer.parseInt(m.group(1));
    if (!Character.isValidCodePoint(code)) {
      return "something else";
    }
    if (Character.isISOControl(code) || Character.isWhitespace(code)) {
      return String.format("U+%04X", code);
    }
    return TokenValues.quote(new String(Character.toChars(code)));
  }

  /**
   * @return a parser message without its source excerpt and its hints at Jackson features
   */
  private static String clean(String message) {
    return NOISE.matcher(message).replaceAll("");
  }

  private static String pointer(List<JacksonException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      if (reference.getPropertyName() != null) {
        pointer.append('/').append(escape(reference.getPropertyName()));
      } else {
        pointer.append('/').append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  private static String pointer(TokenStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.currentName() != null) {
        segments.push(escape(c.currentName()));
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        segments.push(Integer.toString(c.getCurrentIndex()));
      }
    }
    StringBuilder pointer = new StringBuilder();
    for (String segment : segments) {
      pointer.append('/').append(segment);
    }
    return pointer.toString();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static int line(TokenStreamLocation where) {
    return where == null ? 0 : Math.max(where.getLineNr(), 0);
  }

  private static int column(TokenStreamLocation where) {
    return where == null ? 0 : Math.max(where.getColumnNr(), 0);
  }
}
