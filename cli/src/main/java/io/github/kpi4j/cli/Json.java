package io.github.kpi4j.cli;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import io.github.kpi4j.quantity.Unit;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON output of the commands: numbers written plainly ({@code 5330000}, never {@code
 * 5.33E+6}), keys in the order the CLI documents them, indented for people who read it.
 */
final class Json {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /** Two spaces, one property or element per line, {@code "name": value}, {@code []} when empty. */
  private static final ObjectWriter WRITER = MAPPER.writer().with(prettyPrinter());

  private Json() {}

  /**
   * @return an empty object to fill
   */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * @return an empty array to fill
   */
  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * Writes a document and a line end.
   *
   * @param document the document
   * @param out where to
   */
  static void print(ObjectNode document, PrintWriter out) {
    out.println(WRITER.writeValueAsString(document));
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * @param findings findings
   * @return them as {@code [{"rule","severity","path","message"}]}
   */
  static ArrayNode findings(List<Finding> findings) {
    ArrayNode array = array();
    for (Finding finding : findings) {
      array
          .addObject()
          .put("rule", finding.rule())
          .put("severity", finding.severity().code())
          .put("path", finding.path())
          .put("message", finding.message());
    }
    return array;
  }

  /**
   * Puts a target as {@code {"text","value","unit"}}, or {@code null} where there is none.
   *
   * @param into the object to put it in
   * @param key its key
   * @param target the target as printed
   */
  static void putTarget(ObjectNode into, String key, Optional<QuantityText> target) {
    if (target.isEmpty()) {
      into.putNull(key);
      return;
    }
    ObjectNode node = into.putObject(key).put("text", target.get().text());
    Optional<Quantity> quantity = target.get().quantity();
    putNumber(node, "value", quantity.map(Quantity::value));
    putUnit(node, "unit", quantity.map(Quantity::unit));
  }

  /**
   * Puts a unit: its symbol ({@code 篇}, {@code %} for percent), or {@code null} for none or no
   * quantity.
   *
   * @param into the object to put it in
   * @param key its key
   * @param unit the unit
   */
  static void putUnit(ObjectNode into, String key, Optional<Unit> unit) {
    if (unit.isEmpty() || unit.get().isNone()) {
      into.putNull(key);
    } else {
      into.put(key, unit.get().symbol());
    }
  }

  /**
   * Puts a number plainly, or {@code null}.
   *
   * @param into the object to put it in
   * @param key its key
   * @param value the number
   */
  static void putNumber(ObjectNode into, String key, Optional<BigDecimal> value) {
    if (value.isEmpty()) {
      into.putNull(key);
    } else {
      into.put(key, Decimals.plain(value.get()));
    }
  }
}
