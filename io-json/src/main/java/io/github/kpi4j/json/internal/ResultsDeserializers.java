package io.github.kpi4j.json.internal;

import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.json.DocumentFormat;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.ItemResult;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.quantity.QuantityText;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** The deserializers of a {@code kpi-results/1} document and its parts. */
final class ResultsDeserializers {
  static final QuantityTextDeserializer QUANTITY_TEXT = new QuantityTextDeserializer();
  static final ItemResultDeserializer ITEM_RESULT = new ItemResultDeserializer();
  static final KpiResultDeserializer RESULT = new KpiResultDeserializer();
  static final ResultsDeserializer RESULTS = new ResultsDeserializer();

  private ResultsDeserializers() {}

  static final class ResultsDeserializer
      extends ObjectDeserializer<PlanResults, PlanResults.Builder> {
    ResultsDeserializer() {
      super(
          PlanResults.class,
          Phrase.of("object.results"),
          PlanResults::builder,
          PlanResults.Builder::build);
      required(
          "format",
          (p, ctxt, b) ->
              PlanDeserializers.format(p, ctxt, PlanResults.class, DocumentFormat.RESULTS));
      required("agency", (p, ctxt, b) -> b.agency(TokenValues.string(p, ctxt, PlanResults.class)));
      required(
          "rocYear",
          (p, ctxt, b) ->
              b.rocYear(
                  TokenValues.integer(
                      p,
                      ctxt,
                      PlanResults.class,
                      1,
                      AnnualPlan.MAX_ROC_YEAR,
                      PlanDeserializers.ROC_YEAR)));
      required(
          "results",
          (p, ctxt, b) ->
              b.results(
                  TokenValues.objects(
                      p, ctxt, PlanResults.class, RESULT, Phrase.of("expect.results"))));
    }
  }

  /** A result under construction, which remembers what the "at least one" rule needs. */
  static final class ResultDraft {
    final KpiResult.Builder builder = KpiResult.builder();
    boolean hasActual;
    boolean hasVariables;
    int variableCount;
    boolean hasItems;
  }

  static final class KpiResultDeserializer extends ObjectDeserializer<KpiResult, ResultDraft> {
    KpiResultDeserializer() {
      super(
          KpiResult.class,
          Phrase.of("object.result"),
          ResultDraft::new,
          draft -> draft.builder.build());
      required("kpi", (p, ctxt, d) -> d.builder.kpi(TokenValues.string(p, ctxt, KpiResult.class)));
      optional(
          "actual",
          (p, ctxt, d) -> {
            d.builder.actual(QUANTITY_TEXT.deserialize(p, ctxt));
            d.hasActual = true;
          });
      optional("variables", KpiResultDeserializer::variables);
      optional(
          "note", (p, ctxt, d) -> d.builder.note(TokenValues.string(p, ctxt, KpiResult.class)));
      optional(
          "items",
          (p, ctxt, d) -> {
            d.builder.items(
                TokenValues.objects(
                    p, ctxt, KpiResult.class, ITEM_RESULT, Phrase.of("expect.item-results")));
            d.hasItems = true;
          });
      optional("baseline", (p, ctxt, d) -> d.builder.baseline(QUANTITY_TEXT.deserialize(p, ctxt)));
    }

    private static void variables(JsonParser p, DeserializationContext ctxt, ResultDraft draft) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        TokenValues.expected(p, ctxt, KpiResult.class, Phrase.of("expect.variables"));
      }
      Messages messages = JsonMessages.of(ctxt);
      draft.hasVariables = true;
      Set<String> names = new HashSet<>();
      for (JsonToken token = p.nextToken();
          token == JsonToken.PROPERTY_NAME;
          token = p.nextToken()) {
        String name = p.currentName();
        try {
          Extensions.refuseDuplicate(p, names, name, messages);
          p.nextToken();
          if (Extensions.isExtension(name)) {
            Extensions.skip(p, messages);
          } else {
            draft.builder.putVariables(
                name, TokenValues.number(p, ctxt, KpiResult.class, TokenValues.NUMBER));
            draft.variableCount++;
          }
        } catch (JacksonException e) {
          throw e.prependPath(Map.class, name);
        }
      }
    }

    @Override
    void checkComplete(
        JsonParser p, DeserializationContext ctxt, ResultDraft draft, TokenStreamLocation start) {
      if (draft.hasActual || draft.variableCount > 0 || draft.hasItems) {
        return;
      }
      String problem =
          JsonMessages.of(ctxt)
              .pattern(draft.hasVariables ? "result.variables-empty" : "result.no-actual");
      throw new MissingPropertyException(p, problem, start, KpiResult.class);
    }
  }

  /** An item's result under construction. */
  static final class ItemResultDraft {
    int item;
    QuantityText actual;
  }

  static final class ItemResultDeserializer
      extends ObjectDeserializer<ItemResult, ItemResultDraft> {
    ItemResultDeserializer() {
      super(
          ItemResult.class,
          Phrase.of("object.item-result"),
          ItemResultDraft::new,
          d -> ItemResult.of(d.item, d.actual));
      required(
          "item",
          (p, ctxt, d) ->
              d.item =
                  TokenValues.integer(
                      p, ctxt, ItemResult.class, 1, Integer.MAX_VALUE, PlanDeserializers.POSITIVE));
      required("actual", (p, ctxt, d) -> d.actual = QUANTITY_TEXT.deserialize(p, ctxt));
    }
  }

  /** An actual or a target: a number, or a quantity text such as {@code 2,300人}. */
  static final class QuantityTextDeserializer extends StdDeserializer<QuantityText> {
    private static final Phrase QUANTITY = Phrase.of("expect.quantity", Terms.QUANTITY_EXAMPLE);

    QuantityTextDeserializer() {
      super(QuantityText.class);
    }

    @Override
    public QuantityText deserialize(JsonParser p, DeserializationContext ctxt)
        throws JacksonException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        return QuantityText.of(TokenValues.string(p, ctxt, QuantityText.class));
      }
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return QuantityText.of(TokenValues.number(p, ctxt, QuantityText.class, TokenValues.NUMBER));
      }
      return TokenValues.expected(p, ctxt, QuantityText.class, QUANTITY);
    }
  }
}
