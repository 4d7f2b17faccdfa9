package io.github.kpi4j.json.internal;

import io.github.kpi4j.internal.Messages;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;

/**
 * Skips the value of an {@code x-} extension. Unlike {@link JsonParser#skipChildren()}, it holds
 * the ignored value to the rules of every other: a property given twice is refused, at its name,
 * and every string is read, so that the parser's limit on string length applies to it too.
 */
final class Extensions {
  private Extensions() {}

  static boolean isExtension(String name) {
    return name.startsWith("x-");
  }

  /**
   * Skips the value at the current token, leaving the parser on its last token.
   *
   * @param messages the language of a duplicate's refusal
   */
  static void skip(JsonParser p, Messages messages) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      skipObject(p, messages);
    } else if (token == JsonToken.START_ARRAY) {
      skipArray(p, messages);
    } else if (token == JsonToken.VALUE_STRING) {
      p.getString();
    }
  }

  private static void skipObject(JsonParser p, Messages messages) {
    Set<String> names = new HashSet<>();
    for (JsonToken token = p.nextToken(); token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
      String name = p.currentName();
      try {
        refuseDuplicate(p, names, name, messages);
        p.nextToken();
        skip(p, messages);
      } catch (JacksonException e) {
        throw e.prependPath(Extensions.class, name);
      }
    }
  }

  private static void skipArray(JsonParser p, Messages messages) {
    for (int index = 0; ; index++) {
      try {
        if (p.nextToken() == JsonToken.END_ARRAY) {
          return;
        }
        skip(p, messages);
      } catch (JacksonException e) {
        throw e.prependPath(Extensions.class, index);
      }
    }
  }

  /** Refuses a name already seen in the object, at the name the parser stands on. */
  static void refuseDuplicate(JsonParser p, Set<String> names, String name, Messages messages) {
    if (!names.add(name)) {
      throw duplicate(p, name, messages);
    }
  }

  /**
   * @return the refusal of a name already seen in the object, at the name the parser stands on
   */
  static DatabindException duplicate(JsonParser p, String name, Messages messages) {
    return DatabindException.from(
        p, messages.format("property.duplicate", TokenValues.quote(name)));
  }
}
