package io.github.kpi4j.json.internal;

import io.github.kpi4j.json.KpiJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads the scalar values and arrays of the formats from the parser's current token, raising a
 * mismatch that says "expected X, got Y" for anything else.
 */
final class Values {
  private static final int SHOWN_CHARACTERS = 60;

  private Values() {}

  static String string(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    return mismatch(ctxt, owner, "expected a string, got " + describe(p));
  }

  static boolean bool(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    return mismatch(ctxt, owner, "expected true or false, got " + describe(p));
  }

  /**
   * An int within [min, max]. As in JSON Schema, an integer is a number without a fractional part,
   * however written: {@code 107}, {@code 107.0} and {@code 1.07e2} are 107; {@code 1.5} is none.
   */
  static int integer(
      JsonParser p,
      DeserializationContext ctxt,
      Class<?> owner,
      int min,
      int max,
      String expected) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      int value = p.getIntValue();
      if (value >= min && value <= max) {
        return value;
      }
    } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value =
          decimal(p, ctxt, owner, "expected " + expected + ", got " + describe(p))
              .stripTrailingZeros();
      // At most ten digits before the point, checked before any exact conversion of 1e999999999.
      if (value.scale() <= 0
          && value.precision() - value.scale() <= 10
          && value.compareTo(BigDecimal.valueOf(min)) >= 0
          && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
        return value.intValueExact();
      }
    }
    return mismatch(ctxt, owner, "expected " + expected + ", got " + describe(p));
  }

  /** A number, exactly as written, within the digit limits. */
  static BigDecimal number(
      JsonParser p, DeserializationContext ctxt, Class<?> owner, String expected) {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return mismatch(ctxt, owner, "expected " + expected + ", got " + describe(p));
    }
    BigDecimal value = decimal(p, ctxt, owner, digits(p));
    // An exponent makes a short text a huge number (1e999999999); later arithmetic must not see it.
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > KpiJson.MAX_NUMBER_DIGITS || value.scale() > KpiJson.MAX_NUMBER_DIGITS) {
      return mismatch(ctxt, owner, digits(p));
    }
    return value;
  }

  private static String digits(JsonParser p) {
    return "expected at most "
        + KpiJson.MAX_NUMBER_DIGITS
        + " digits before and after the decimal point, got "
        + describe(p);
  }

  /**
   * The number the parser holds. An exponent beyond what a {@code BigDecimal} can hold ({@code
   * 1e400824000000}) makes the parser throw a bare {@code NumberFormatException}, which must end as
   * a mismatch like any other unusable number.
   */
  private static BigDecimal decimal(
      JsonParser p, DeserializationContext ctxt, Class<?> owner, String problem) {
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      return mismatch(ctxt, owner, problem);
    }
  }

  /** An array of strings; elements are read one by one so that an error names its index. */
  static List<String> strings(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return mismatch(ctxt, owner, "expected an array of strings, got " + describe(p));
    }
    List<String> values = new ArrayList<>();
    for (int index = 0; ; index++) {
      try {
        if (p.nextToken() == JsonToken.END_ARRAY) {
          return values;
        }
        values.add(string(p, ctxt, owner));
      } catch (JacksonException e) {
        throw e.prependPath(values, index);
      }
    }
  }

  /** An array of objects read by the given deserializer. */
  static <T> List<T> objects(
      JsonParser p,
      DeserializationContext ctxt,
      Class<?> owner,
      ValueDeserializer<T> elements,
      String expected) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return mismatch(ctxt, owner, "expected an array of " + expected + ", got " + describe(p));
    }
    List<T> values = new ArrayList<>();
    for (int index = 0; ; index++) {
      try {
        if (p.nextToken() == JsonToken.END_ARRAY) {
          return values;
        }
        values.add(elements.deserialize(p, ctxt));
      } catch (JacksonException e) {
        throw e.prependPath(values, index);
      }
    }
  }

  /**
   * Raises a mismatch at the current token. The problem is passed as an argument, never as the
   * format, because it quotes input that may hold {@code %}.
   */
  static <T> T mismatch(DeserializationContext ctxt, Class<?> owner, String problem) {
    return ctxt.reportInputMismatch(owner, "%s", problem);
  }

  /**
   * @return what the current token is, as a message shows it: {@code "MAC"}, {@code 6}, an array
   */
  static String describe(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      case PROPERTY_NAME:
        return "the property " + quote(p.currentName());
      case VALUE_STRING:
        return quote(p.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return abbreviate(p.getString());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /**
   * @return the text in double quotes, escaped as JSON would be, and cut if long
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      if (shown++ == SHOWN_CHARACTERS) {
        out.append('…');
        break;
      }
      int c = text.codePointAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || Character.isSurrogate((char) c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    }
    return out.append('"').toString();
  }

  private static String abbreviate(String text) {
    return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "…";
  }
}
