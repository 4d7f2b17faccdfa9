package io.github.kpi4j.json.internal;

import io.github.kpi4j.json.DocumentFormat;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/** The deserializers of a {@code kpi-plan/1} document and its parts, in the spec's order. */
final class PlanDeserializers {
  static final String POSITIVE = "an integer ≥ 1";
  static final String ROC_YEAR = "an integer ≥ 1 (a year of the ROC calendar: 107 is 2018)";

  static final AgencyDeserializer AGENCY = new AgencyDeserializer();
  static final KpiDeserializer KPI = new KpiDeserializer();
  static final GoalDeserializer GOAL = new GoalDeserializer();
  static final ProgrammeDeserializer PROGRAMME = new ProgrammeDeserializer();
  static final PlanDeserializer PLAN = new PlanDeserializer();

  private PlanDeserializers() {}

  /** Checks the {@code format} property against the one expected. */
  static void format(
      JsonParser p, DeserializationContext ctxt, Class<?> owner, DocumentFormat expected) {
    String problem = formatProblem(p, expected);
    if (problem != null) {
      TokenValues.mismatch(ctxt, owner, problem);
    }
  }

  /**
   * @return what is wrong with the current value as the {@code format}, or null if nothing
   */
  static String formatProblem(JsonParser p, DocumentFormat expected) {
    String got = TokenValues.describe(p);
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getString();
      if (text.equals(expected.id())) {
        return null;
      }
      DocumentFormat other = DocumentFormat.fromId(text).orElse(null);
      if (other == DocumentFormat.PLAN) {
        got += " (a plan document)";
      } else if (other == DocumentFormat.RESULTS) {
        got += " (a results document)";
      }
    }
    return "expected \"" + expected.id() + "\", got " + got;
  }

  static final class PlanDeserializer extends ObjectDeserializer<AnnualPlan, AnnualPlan.Builder> {
    PlanDeserializer() {
      super(
          AnnualPlan.class,
          "a kpi-plan/1 document (a JSON object)",
          AnnualPlan::builder,
          AnnualPlan.Builder::build);
      required("format", (p, ctxt, b) -> format(p, ctxt, AnnualPlan.class, DocumentFormat.PLAN));
      required("agency", (p, ctxt, b) -> b.agency(AGENCY.deserialize(p, ctxt)));
      required(
          "rocYear",
          (p, ctxt, b) ->
              b.rocYear(
                  TokenValues.integer(p, ctxt, AnnualPlan.class, 1, Integer.MAX_VALUE, ROC_YEAR)));
      optional("title", (p, ctxt, b) -> b.title(TokenValues.string(p, ctxt, AnnualPlan.class)));
      optional(
          "preamble", (p, ctxt, b) -> b.preamble(TokenValues.strings(p, ctxt, AnnualPlan.class)));
      required(
          "goals",
          (p, ctxt, b) ->
              b.goals(TokenValues.objects(p, ctxt, AnnualPlan.class, GOAL, "goals (施政目標)")));
      optional(
          "programmes",
          (p, ctxt, b) ->
              b.programmes(
                  TokenValues.objects(
                      p, ctxt, AnnualPlan.class, PROGRAMME, "programmes (年度重要計畫)")));
    }
  }

  static final class AgencyDeserializer extends ObjectDeserializer<Agency, Agency.Builder> {
    AgencyDeserializer() {
      super(
          Agency.class,
          "an agency (an object with code and name)",
          Agency::builder,
          Agency.Builder::build);
      required("code", (p, ctxt, b) -> b.code(TokenValues.string(p, ctxt, Agency.class)));
      required("name", (p, ctxt, b) -> b.name(TokenValues.string(p, ctxt, Agency.class)));
      optional(
          "englishName", (p, ctxt, b) -> b.englishName(TokenValues.string(p, ctxt, Agency.class)));
    }
  }

  static final class GoalDeserializer extends ObjectDeserializer<Goal, Goal.Builder> {
    GoalDeserializer() {
      super(Goal.class, "a goal (施政目標, an object)", Goal::builder, Goal.Builder::build);
      required(
          "number",
          (p, ctxt, b) ->
              b.number(TokenValues.integer(p, ctxt, Goal.class, 1, Integer.MAX_VALUE, POSITIVE)));
      required("title", (p, ctxt, b) -> b.title(TokenValues.string(p, ctxt, Goal.class)));
      optional(
          "strategies", (p, ctxt, b) -> b.strategies(TokenValues.strings(p, ctxt, Goal.class)));
      optional(
          "kpis",
          (p, ctxt, b) -> b.kpis(TokenValues.objects(p, ctxt, Goal.class, KPI, "KPIs (關鍵績效指標)")));
    }
  }

  static final class KpiDeserializer extends ObjectDeserializer<Kpi, Kpi.Builder> {
    KpiDeserializer() {
      super(Kpi.class, "a KPI (關鍵績效指標, an object)", Kpi::builder, Kpi.Builder::build);
      required(
          "number",
          (p, ctxt, b) ->
              b.number(TokenValues.integer(p, ctxt, Kpi.class, 1, Integer.MAX_VALUE, POSITIVE)));
      required("name", (p, ctxt, b) -> b.name(TokenValues.string(p, ctxt, Kpi.class)));
      required(
          "evaluationSystem",
          (p, ctxt, b) ->
              b.evaluationSystem(VocabularyDeserializers.EVALUATION_SYSTEM.deserialize(p, ctxt)));
      required(
          "evaluationMethod",
          (p, ctxt, b) ->
              b.evaluationMethod(VocabularyDeserializers.EVALUATION_METHOD.deserialize(p, ctxt)));
      required(
          "measurementStandard",
          (p, ctxt, b) -> b.measurementStandard(TokenValues.string(p, ctxt, Kpi.class)));
      optional("formula", (p, ctxt, b) -> b.formula(TokenValues.string(p, ctxt, Kpi.class)));
      optional("target", KpiDeserializer::target);
      optional(
          "direction",
          (p, ctxt, b) -> b.direction(VocabularyDeserializers.DIRECTION.deserialize(p, ctxt)));
      optional("weight", KpiDeserializer::weight);
      optional(
          "midTermProgrammes",
          (p, ctxt, b) -> b.midTermProgrammes(TokenValues.strings(p, ctxt, Kpi.class)));
    }

    /** The target as printed; null where the plan gives none, as absent. */
    private static void target(JsonParser p, DeserializationContext ctxt, Kpi.Builder b) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        b.target(QuantityText.of(p.getString()));
      } else if (p.currentToken() != JsonToken.VALUE_NULL) {
        TokenValues.mismatch(
            ctxt,
            Kpi.class,
            "expected a string (年度目標值 as printed) or null, got " + TokenValues.describe(p));
      }
    }

    private static void weight(JsonParser p, DeserializationContext ctxt, Kpi.Builder b) {
      String expected = "a number ≥ 0 (the weight in percent)";
      BigDecimal weight = TokenValues.number(p, ctxt, Kpi.class, expected);
      if (weight.signum() < 0) {
        TokenValues.mismatch(
            ctxt, Kpi.class, "expected " + expected + ", got " + TokenValues.describe(p));
      }
      b.weight(weight);
    }
  }

  static final class ProgrammeDeserializer
      extends ObjectDeserializer<Programme, Programme.Builder> {
    ProgrammeDeserializer() {
      super(
          Programme.class,
          "a programme (年度重要計畫, an object)",
          Programme::builder,
          Programme.Builder::build);
      required(
          "workProgramme",
          (p, ctxt, b) -> b.workProgramme(TokenValues.string(p, ctxt, Programme.class)));
      required("item", (p, ctxt, b) -> b.item(TokenValues.string(p, ctxt, Programme.class)));
      required(
          "category",
          (p, ctxt, b) -> b.category(VocabularyDeserializers.CATEGORY.deserialize(p, ctxt)));
      optional("content", (p, ctxt, b) -> b.content(TokenValues.strings(p, ctxt, Programme.class)));
      optional("kpis", (p, ctxt, b) -> b.kpis(TokenValues.strings(p, ctxt, Programme.class)));
    }
  }
}
