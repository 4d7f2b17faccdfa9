package io.github.kpi4j.json.internal;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.internal.Messages;
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
 * mismatch that says "expected X, got Y" for anything else, in the language of the reading ({@link
 * JsonMessages#of(DeserializationContext)}).
 */
final class TokenValues {
  private static final int SHOWN_CHARACTERS = 60;

  static final Phrase STRING = Phrase.of("expect.string");
  static final Phrase BOOLEAN = Phrase.of("expect.boolean");
  static final Phrase STRINGS = Phrase.of("expect.strings");
  static final Phrase NUMBER = Phrase.of("expect.number");

  private TokenValues() {}

  static String string(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String value = p.getString();
      int at = Assert.loneSurrogate(value);
      if (at >= 0) {
        // A \\uD800 escape with no partner: the model holds only text that can be written back.
        return mismatch(
            ctxt,
            owner,
            JsonMessages.of(ctxt)
                .format(
                    "value.lone-surrogate",
                    String.format("U+%04X", (int) value.charAt(at)),
                    at + 1));
      }
      return value;
    }
    return expected(p, ctxt, owner, STRING);
  }

  static boolean bool(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    return expected(p, ctxt, owner, BOOLEAN);
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
      Phrase expected) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      int value = p.getIntValue();
      if (value >= min && value <= max) {
        return value;
      }
    } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value = decimal(p, ctxt, owner, expected).stripTrailingZeros();
      // At most ten digits before the point, checked before any exact conversion of 1e999999999.
      if (value.scale() <= 0
          && value.precision() - value.scale() <= 10
          && value.compareTo(BigDecimal.valueOf(min)) >= 0
          && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
        return value.intValueExact();
      }
    }
    return expected(p, ctxt, owner, expected);
  }

  /** A number, exactly as written, within the digit limits. */
  static BigDecimal number(
      JsonParser p, DeserializationContext ctxt, Class<?> owner, Phrase expected) {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return expected(p, ctxt, owner, expected);
    }
    BigDecimal value = decimal(p, ctxt, owner, DIGITS);
    // An exponent makes a short text a huge number (1e999999999); later arithmetic must not see it.
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > KpiJson.MAX_NUMBER_DIGITS || value.scale() > KpiJson.MAX_NUMBER_DIGITS) {
      return expected(p, ctxt, owner, DIGITS);
    }
    return value;
  }

  private static final Phrase DIGITS = Phrase.of("expect.digits", KpiJson.MAX_NUMBER_DIGITS);

  /**
   * The number the parser holds. An exponent beyond what a {@code BigDecimal} can hold ({@code
   * 1e400824000000}) makes the parser throw a bare {@code NumberFormatException}, which must end as
   * a mismatch like any other unusable number.
   */
  private static BigDecimal decimal(
      JsonParser p, DeserializationContext ctxt, Class<?> owner, Phrase expected) {
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      return expected(p, ctxt, owner, expected);
    }
  }

  /** An array of strings; elements are read one by one so that an error names its index. */
  static List<String> strings(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return expected(p, ctxt, owner, STRINGS);
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
      Phrase expected) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return expected(p, ctxt, owner, expected);
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
   * Raises a mismatch at the current token that says what was expected and what the token is, in
   * the reading's language.
   *
   * @param expected what was expected, without "expected"
   */
  static <T> T expected(
      JsonParser p, DeserializationContext ctxt, Class<?> owner, Phrase expected) {
    Messages messages = JsonMessages.of(ctxt);
    return mismatch(
        ctxt,
        owner,
        messages.format("value.expected", expected.in(messages), describe(p, messages)));
  }

  /**
   * Raises a mismatch at the current token. The problem is passed as an argument, never as the
   * format, because it quotes input that may hold {@code %}.
   */
  static <T> T mismatch(DeserializationContext ctxt, Class<?> owner, String problem) {
    return ctxt.reportInputMismatch(owner, "%s", problem);
  }

  /**
   * @param messages the language of the description
   * @return what the current token is, as a message shows it: {@code "MAC"}, {@code 6}, an array
   */
  static String describe(JsonParser p, Messages messages) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return messages.pattern("token.end");
    }
    switch (token) {
      case START_OBJECT:
        return messages.pattern("token.object");
      case START_ARRAY:
        return messages.pattern("token.array");
      case END_OBJECT:
        return messages.pattern("token.end-object");
      case END_ARRAY:
        return messages.pattern("token.end-array");
      case PROPERTY_NAME:
        return messages.format("token.property", quote(p.currentName()));
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
