package io.github.kpi4j.json.internal;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.json.DocumentFormat;
import io.github.kpi4j.json.KpiJson;
import java.nio.charset.MalformedInputException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Reads one document's text into the model, turning every problem into a DocumentException. */
final class DocumentReader {
  private final JsonMapper mapper;
  private final Messages messages;
  private final ObjectReader reader;

  /**
   * The reader of each type read so far, made once: {@link ObjectReader#forType} looks the type and
   * its deserializer up again on every call. Readings on several threads share a {@link KpiJson},
   * and so this map.
   */
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>(4);

  /**
   * @param mapper the configured mapper
   * @param messages the language of the problems the reader itself phrases
   */
  DocumentReader(JsonMapper mapper, Messages messages) {
    this.mapper = mapper;
    this.messages = messages;
    this.reader = mapper.reader().withAttribute(JsonMessages.ATTRIBUTE, messages);
  }

  Messages messages() {
    return messages;
  }

  <T> T read(byte[] bytes, String source, DocumentFormat format, Class<T> type) {
    String encoding = DocumentText.otherEncoding(bytes);
    if (encoding != null) {
      throw new DocumentException(
          source, 1, 1, "", messages.format("encoding.other", encoding), null);
    }
    // The characters as the parser asks for them, decoded into its own buffer. A document that
    // does not read is read again below as a whole text, which places the problem: that costs a
    // second reading only when there is a problem to report.
    try (JsonParser p = mapper.createParser(new Utf8Reader(bytes, DocumentText.textStart(bytes)))) {
      return bind(p, source, format, type);
    } catch (JacksonException | DocumentException e) {
      // Read again below, where the problem is placed and phrased.
    }
    DocumentText.Decoded decoded = DocumentText.decode(bytes);
    if (!decoded.isValid()) {
      throw notUtf8(decoded, source, format, type);
    }
    return read(decoded, source, format, type);
  }

  <T> T read(String text, String source, DocumentFormat format, Class<T> type) {
    // As the byte readers do before any parsing: the parser would refuse it at its creation.
    if (text.length() > KpiJson.MAX_DOCUMENT_BYTES) {
      throw DocumentText.unreadable(
          source,
          messages.format("limit.document.characters", KpiJson.MAX_DOCUMENT_BYTES, text.length()),
          null);
    }
    return read(DocumentText.Decoded.of(text), source, format, type);
  }

  private <T> T read(
      DocumentText.Decoded text, String source, DocumentFormat format, Class<T> type) {
    refuseOtherFormat(text, source, format);
    // The characters, not a string: Jackson would copy a string, or read one past 32k through a
    // StringReader.
    try (JsonParser p = mapper.createParser(text.chars(), 0, text.length())) {
      try {
        return bind(p, source, format, type);
      } catch (JacksonException e) {
        throw DocumentErrors.translate(e, source, p, text.text(), messages);
      }
    }
  }

  private <T> T bind(JsonParser p, String source, DocumentFormat format, Class<T> type) {
    JsonToken token = p.nextToken();
    if (token != JsonToken.START_OBJECT) {
      TokenStreamLocation where = token == null ? p.currentLocation() : p.currentTokenLocation();
      throw DocumentErrors.at(
          source,
          where,
          "",
          messages.format(
              "root.not-object",
              format.id(),
              token == null ? messages.pattern("root.empty") : describe(p)));
    }
    // The deserializers are shared: the language goes with this reading, as an attribute.
    T value = readers.computeIfAbsent(type, reader::forType).readValue(p);
    if (p.nextToken() != null) {
      throw DocumentErrors.at(
          source, p.currentTokenLocation(), "", messages.format("root.trailing", describe(p)));
    }
    return value;
  }

  /**
   * @return the current token as a problem shows it, in the reader's language
   */
  private String describe(JsonParser p) {
    return TokenValues.describe(p, messages);
  }

  /**
   * Reports a document of the wrong format by its {@code format} alone: a results document given as
   * a plan would otherwise fail on its first property of another shape, which says less. Any other
   * problem met on the way is left to the full reading, which reports it with its path.
   */
  private void refuseOtherFormat(DocumentText.Decoded text, String source, DocumentFormat format) {
    if (TextScan.startsWithFormat(text.chars(), text.length())) {
      // The full reading meets the format first and reports it the same way: no parser of its own.
      return;
    }
    try (JsonParser p = mapper.createParser(text.chars(), 0, text.length())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      for (JsonToken token = p.nextToken();
          token == JsonToken.PROPERTY_NAME;
          token = p.nextToken()) {
        boolean isFormat = p.currentName().equals("format");
        p.nextToken();
        if (isFormat) {
          String problem = PlanDeserializers.formatProblem(p, format, messages);
          if (problem != null) {
            throw DocumentErrors.at(source, p.currentTokenLocation(), "/format", problem);
          }
          return;
        }
        p.skipChildren();
      }
    } catch (JacksonException e) {
      // Reported by the full reading.
    }
  }

  /**
   * Reports bytes that are not UTF-8 where they are. The text before them is read as a document of
   * its own: if it breaks a rule before the bytes, that problem comes first in the document and is
   * reported; otherwise its reading stops at the end of that text, and the path where it stops is
   * the pointer of the value that holds the bytes.
   */
  private DocumentException notUtf8(
      DocumentText.Decoded decoded, String source, DocumentFormat format, Class<?> type) {
    String before = decoded.text();
    int[] end = TextPositions.position(before, before.length());
    String pointer = "";
    try (JsonParser p = mapper.createParser(before)) {
      try {
        bind(p, source, format, type);
      } catch (JacksonException e) {
        TokenStreamLocation where = e.getLocation();
        boolean stoppedAtEnd =
            e instanceof UnexpectedEndOfInputException
                || where == null
                || where.getCharOffset() < 0
                || where.getCharOffset() >= before.length();
        if (!stoppedAtEnd) {
          return DocumentErrors.translate(e, source, p, before, messages);
        }
        pointer = DocumentErrors.pointer(e, p);
      } catch (DocumentException e) {
        // A root that is no object comes before the bytes; an empty text does not.
        if (e.line() < end[0] || (e.line() == end[0] && e.column() < end[1])) {
          return e;
        }
      }
    }
    return new DocumentException(
        source,
        end[0],
        end[1],
        pointer,
        DocumentText.badBytes(decoded, messages),
        new MalformedInputException(decoded.badLength()));
  }
}
