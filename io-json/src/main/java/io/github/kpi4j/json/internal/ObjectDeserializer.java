package io.github.kpi4j.json.internal;

import io.github.kpi4j.internal.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.util.LinkedNode;

/**
 * Reads one object of a closed format into a builder: each known property by its own reader, {@code
 * x-} extensions skipped, anything else refused; then checks that the required properties came.
 *
 * <p>Every error raised while a property's value is read gets that property prepended to its path,
 * and every error in an array element its index, so that the path of the exception that reaches the
 * caller is the JSON Pointer of the offending value.
 *
 * @param <T> the type read
 * @param <B> its builder
 */
abstract class ObjectDeserializer<T, B> extends StdDeserializer<T> {
  /** Reads the current value into the builder. */
  @FunctionalInterface
  interface PropertyReader<B> {
    void read(JsonParser p, DeserializationContext ctxt, B builder);
  }

  /** At most one bit per property in a long. */
  private static final int MAX_PROPERTIES = Long.SIZE;

  private final Phrase description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<String> names = new ArrayList<>();
  private final List<PropertyReader<B>> readers = new ArrayList<>();
  private long required;

  /**
   * @param type the type read
   * @param description what the object is, for "expected X": {@code a KPI (關鍵績效指標, an object)}
   * @param newBuilder makes the builder the properties are read into
   * @param build makes the value once every property is read
   */
  ObjectDeserializer(
      Class<T> type, Phrase description, Supplier<B> newBuilder, Function<B, T> build) {
    super(type);
    this.description = description;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  final void required(String name, PropertyReader<B> reader) {
    required |= 1L << names.size();
    optional(name, reader);
  }

  final void optional(String name, PropertyReader<B> reader) {
    if (names.contains(name) || names.size() == MAX_PROPERTIES) {
      throw new IllegalArgumentException("a property given twice, or too many: " + name);
    }
    names.add(name);
    readers.add(reader);
  }

  /** Checks what no single property can: called once all properties are read. */
  void checkComplete(
      JsonParser p, DeserializationContext ctxt, B builder, TokenStreamLocation start) {}

  final Phrase description() {
    return description;
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return Collections.unmodifiableCollection(new ArrayList<Object>(names));
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    TokenStreamLocation start = p.currentTokenLocation();
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.PROPERTY_NAME && token != JsonToken.END_OBJECT) {
      return TokenValues.expected(p, ctxt, handledType(), description);
    }
    Messages messages = JsonMessages.of(ctxt);
    B builder = newBuilder.get();
    // The properties seen, one bit each: a set of names per object was a tenth of the reading.
    long seen = 0;
    Set<String> extensionsSeen = null;
    int next = 0;
    for (; token == JsonToken.PROPERTY_NAME; token = p.nextToken()) {
      String name = p.currentName();
      int index = indexOf(name, next);
      if (index < 0 && !Extensions.isExtension(name)) {
        // Its place is taken only here, for the refusal: a location per property was a measurable
        // part of the reading.
        TokenStreamLocation nameLocation = p.currentTokenLocation();
        try {
          p.nextToken();
        } catch (JacksonException e) {
          throw e.prependPath(handledType(), name);
        }
        refuseUnknown(p, ctxt, name, nameLocation, messages);
        continue;
      }
      try {
        if (index < 0) {
          if (extensionsSeen == null) {
            extensionsSeen = new HashSet<>();
          }
          Extensions.refuseDuplicate(p, extensionsSeen, name, messages);
          p.nextToken();
          Extensions.skip(p, messages);
        } else {
          long bit = 1L << index;
          if ((seen & bit) != 0) {
            throw Extensions.duplicate(p, name, messages);
          }
          seen |= bit;
          next = index + 1;
          p.nextToken();
          readers.get(index).read(p, ctxt, builder);
        }
      } catch (JacksonException e) {
        throw e.prependPath(handledType(), name);
      }
    }
    long missing = required & ~seen;
    if (missing != 0) {
      String name = names.get(Long.numberOfTrailingZeros(missing));
      throw new MissingPropertyException(
          p, messages.format("property.missing", TokenValues.quote(name)), start, handledType());
    }
    checkComplete(p, ctxt, builder, start);
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      // The readers check what the model checks; this is a safety net that keeps the cause.
      throw DatabindException.from(
          p, messages.format("value.unbuildable", description.in(messages), e.getMessage()), e);
    }
  }

  /**
   * @param name a property name
   * @param next where to look first: documents mostly give the properties in the order of the
   *     format
   * @return the index of the property, or -1 if it is no property of the format
   */
  private int indexOf(String name, int next) {
    if (next < names.size() && names.get(next).equals(name)) {
      return next;
    }
    return names.indexOf(name);
  }

  /**
   * Refuses an unknown property at its name, unless a problem handler of the mapper takes it (and,
   * as Jackson's contract has it, skips its value, at which the parser stands). Unlike Jackson's
   * beans, this ignores FAIL_ON_UNKNOWN_PROPERTIES: the formats are closed, and a typo read
   * silently is data lost.
   */
  private void refuseUnknown(
      JsonParser p,
      DeserializationContext ctxt,
      String name,
      TokenStreamLocation nameLocation,
      Messages messages) {
    LinkedNode<DeserializationProblemHandler> handler = ctxt.getConfig().getProblemHandlers();
    for (; handler != null; handler = handler.next()) {
      if (handler.value().handleUnknownProperty(ctxt, p, this, handledType(), name)) {
        return;
      }
    }
    UnrecognizedPropertyException e =
        new UnrecognizedPropertyException(
            p,
            UnknownProperties.problem(name, names, messages),
            nameLocation,
            handledType(),
            name,
            getKnownPropertyNames());
    e.prependPath(handledType(), name);
    throw e;
  }
}
