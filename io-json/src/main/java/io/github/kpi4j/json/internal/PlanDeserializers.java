package io.github.kpi4j.json.internal;

import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.json.DocumentFormat;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Baseline;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.YearTarget;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/** The deserializers of a {@code kpi-plan/1} document and its parts, in the spec's order. */
final class PlanDeserializers {
  static final Phrase POSITIVE = Phrase.of("expect.positive", Integer.MAX_VALUE);
  static final Phrase ROC_YEAR = Phrase.of("expect.roc-year", AnnualPlan.MAX_ROC_YEAR);
  static final Phrase WEIGHT = Phrase.of("expect.weight");

  static final Phrase GOALS = Phrase.of("expect.goals", Terms.GOAL);
  static final Phrase KPIS = Phrase.of("expect.kpis", Terms.KPI);
  static final Phrase PROGRAMMES = Phrase.of("expect.programmes", Terms.PROGRAMME);

  static final AgencyDeserializer AGENCY = new AgencyDeserializer();
  static final ItemDeserializer ITEM = new ItemDeserializer();
  static final MilestoneDeserializer MILESTONE = new MilestoneDeserializer();
  static final BaselineDeserializer BASELINE = new BaselineDeserializer();
  static final YearTargetDeserializer YEAR_TARGET = new YearTargetDeserializer();
  static final KpiDeserializer KPI = new KpiDeserializer();
  static final GoalDeserializer GOAL = new GoalDeserializer();
  static final ProgrammeDeserializer PROGRAMME = new ProgrammeDeserializer();
  static final PlanDeserializer PLAN = new PlanDeserializer();

  private PlanDeserializers() {}

  /** Checks the {@code format} property against the one expected. */
  static void format(
      JsonParser p, DeserializationContext ctxt, Class<?> owner, DocumentFormat expected) {
    String problem = formatProblem(p, expected, JsonMessages.of(ctxt));
    if (problem != null) {
      TokenValues.mismatch(ctxt, owner, problem);
    }
  }

  /**
   * @return what is wrong with the current value as the {@code format}, or null if nothing
   */
  static String formatProblem(JsonParser p, DocumentFormat expected, Messages messages) {
    String got = TokenValues.describe(p, messages);
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getString();
      if (text.equals(expected.id())) {
        return null;
      }
      DocumentFormat other = DocumentFormat.fromId(text).orElse(null);
      if (other == DocumentFormat.PLAN) {
        got = messages.format("format.plan", got);
      } else if (other == DocumentFormat.RESULTS) {
        got = messages.format("format.results", got);
      }
    }
    return messages.format("format.expected", expected.id(), got);
  }

  /** A weight in percent: a number ≥ 0. */
  static BigDecimal weight(JsonParser p, DeserializationContext ctxt, Class<?> owner) {
    BigDecimal weight = TokenValues.number(p, ctxt, owner, WEIGHT);
    if (weight.signum() < 0) {
      TokenValues.expected(p, ctxt, owner, WEIGHT);
    }
    return weight;
  }

  /** A quantity as printed, as a JSON string. */
  static QuantityText printed(
      JsonParser p, DeserializationContext ctxt, Class<?> owner, Phrase expected) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      TokenValues.expected(p, ctxt, owner, expected);
    }
    return QuantityText.of(TokenValues.string(p, ctxt, owner));
  }

  static final class PlanDeserializer extends ObjectDeserializer<AnnualPlan, AnnualPlan.Builder> {
    PlanDeserializer() {
      super(
          AnnualPlan.class,
          Phrase.of("object.plan"),
          AnnualPlan::builder,
          AnnualPlan.Builder::build);
      required("format", (p, ctxt, b) -> format(p, ctxt, AnnualPlan.class, DocumentFormat.PLAN));
      required("agency", (p, ctxt, b) -> b.agency(AGENCY.deserialize(p, ctxt)));
      required(
          "rocYear",
          (p, ctxt, b) ->
              b.rocYear(
                  TokenValues.integer(
                      p, ctxt, AnnualPlan.class, 1, AnnualPlan.MAX_ROC_YEAR, ROC_YEAR)));
      optional("title", (p, ctxt, b) -> b.title(TokenValues.string(p, ctxt, AnnualPlan.class)));
      optional(
          "preamble", (p, ctxt, b) -> b.preamble(TokenValues.strings(p, ctxt, AnnualPlan.class)));
      required(
          "goals",
          (p, ctxt, b) -> b.goals(TokenValues.objects(p, ctxt, AnnualPlan.class, GOAL, GOALS)));
      optional(
          "programmes",
          (p, ctxt, b) ->
              b.programmes(TokenValues.objects(p, ctxt, AnnualPlan.class, PROGRAMME, PROGRAMMES)));
    }
  }

  static final class AgencyDeserializer extends ObjectDeserializer<Agency, Agency.Builder> {
    AgencyDeserializer() {
      super(Agency.class, Phrase.of("object.agency"), Agency::builder, Agency.Builder::build);
      required("code", (p, ctxt, b) -> b.code(TokenValues.string(p, ctxt, Agency.class)));
      required("name", (p, ctxt, b) -> b.name(TokenValues.string(p, ctxt, Agency.class)));
      optional(
          "englishName", (p, ctxt, b) -> b.englishName(TokenValues.string(p, ctxt, Agency.class)));
      optional(
          "level", (p, ctxt, b) -> b.level(VocabularyDeserializers.LEVEL.deserialize(p, ctxt)));
    }
  }

  static final class GoalDeserializer extends ObjectDeserializer<Goal, Goal.Builder> {
    GoalDeserializer() {
      super(Goal.class, Phrase.of("object.goal", Terms.GOAL), Goal::builder, Goal.Builder::build);
      required(
          "number",
          (p, ctxt, b) ->
              b.number(TokenValues.integer(p, ctxt, Goal.class, 1, Integer.MAX_VALUE, POSITIVE)));
      required("title", (p, ctxt, b) -> b.title(TokenValues.string(p, ctxt, Goal.class)));
      optional("common", (p, ctxt, b) -> b.common(TokenValues.bool(p, ctxt, Goal.class)));
      optional("weight", (p, ctxt, b) -> b.weight(weight(p, ctxt, Goal.class)));
      optional(
          "strategies", (p, ctxt, b) -> b.strategies(TokenValues.strings(p, ctxt, Goal.class)));
      optional("kpis", (p, ctxt, b) -> b.kpis(TokenValues.objects(p, ctxt, Goal.class, KPI, KPIS)));
    }
  }

  static final class KpiDeserializer extends ObjectDeserializer<Kpi, Kpi.Builder> {
    KpiDeserializer() {
      super(Kpi.class, Phrase.of("object.kpi", Terms.KPI), Kpi::builder, Kpi.Builder::build);
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
      optional("weight", (p, ctxt, b) -> b.weight(weight(p, ctxt, Kpi.class)));
      optional(
          "midTermProgrammes",
          (p, ctxt, b) -> b.midTermProgrammes(TokenValues.strings(p, ctxt, Kpi.class)));
      optional("core", (p, ctxt, b) -> b.core(TokenValues.bool(p, ctxt, Kpi.class)));
      optional("baseline", (p, ctxt, b) -> b.baseline(BASELINE.deserialize(p, ctxt)));
      optional(
          "targets",
          (p, ctxt, b) ->
              b.targets(
                  TokenValues.objects(
                      p, ctxt, Kpi.class, YEAR_TARGET, Phrase.of("expect.year-targets"))));
      optional(
          "items",
          (p, ctxt, b) ->
              b.items(TokenValues.objects(p, ctxt, Kpi.class, ITEM, Phrase.of("expect.items"))));
      optional(
          "milestones",
          (p, ctxt, b) ->
              b.milestones(
                  TokenValues.objects(
                      p, ctxt, Kpi.class, MILESTONE, Phrase.of("expect.milestones"))));
    }

    private static final Phrase TARGET = Phrase.of("expect.target", Terms.TARGET);

    /** The target as printed; null where the plan gives none, as absent. */
    private static void target(JsonParser p, DeserializationContext ctxt, Kpi.Builder b) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        b.target(QuantityText.of(TokenValues.string(p, ctxt, Kpi.class)));
      } else if (p.currentToken() != JsonToken.VALUE_NULL) {
        TokenValues.expected(p, ctxt, Kpi.class, TARGET);
      }
    }
  }

  static final class ProgrammeDeserializer
      extends ObjectDeserializer<Programme, Programme.Builder> {
    ProgrammeDeserializer() {
      super(
          Programme.class,
          Phrase.of("object.programme", Terms.PROGRAMME),
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
      optional(
          "budget",
          (p, ctxt, b) ->
              b.budget(
                  printed(
                      p, ctxt, Programme.class, Phrase.of("expect.budget", Terms.BUDGET_EXAMPLE))));
    }
  }

  static final class ItemDeserializer extends ObjectDeserializer<KpiItem, KpiItem.Builder> {
    ItemDeserializer() {
      super(KpiItem.class, Phrase.of("object.item"), KpiItem::builder, KpiItem.Builder::build);
      required(
          "number",
          (p, ctxt, b) ->
              b.number(
                  TokenValues.integer(p, ctxt, KpiItem.class, 1, Integer.MAX_VALUE, POSITIVE)));
      required("text", (p, ctxt, b) -> b.text(TokenValues.string(p, ctxt, KpiItem.class)));
      optional(
          "target",
          (p, ctxt, b) ->
              b.target(printed(p, ctxt, KpiItem.class, Phrase.of("expect.item-target"))));
      optional("formula", (p, ctxt, b) -> b.formula(TokenValues.string(p, ctxt, KpiItem.class)));
      optional(
          "direction",
          (p, ctxt, b) -> b.direction(VocabularyDeserializers.DIRECTION.deserialize(p, ctxt)));
    }
  }

  /** A milestone under construction: its value has no builder of its own. */
  static final class MilestoneDraft {
    int number;
    String text;
    QuantityText progress;
  }

  static final class MilestoneDeserializer extends ObjectDeserializer<Milestone, MilestoneDraft> {
    MilestoneDeserializer() {
      super(
          Milestone.class,
          Phrase.of("object.milestone"),
          MilestoneDraft::new,
          d -> Milestone.of(d.number, d.text, d.progress.text()));
      required(
          "number",
          (p, ctxt, d) ->
              d.number =
                  TokenValues.integer(p, ctxt, Milestone.class, 1, Integer.MAX_VALUE, POSITIVE));
      required("text", (p, ctxt, d) -> d.text = TokenValues.string(p, ctxt, Milestone.class));
      required(
          "progress",
          (p, ctxt, d) ->
              d.progress = printed(p, ctxt, Milestone.class, Phrase.of("expect.progress")));
    }
  }

  static final class BaselineDeserializer extends ObjectDeserializer<Baseline, Baseline.Builder> {
    BaselineDeserializer() {
      super(
          Baseline.class, Phrase.of("object.baseline"), Baseline::builder, Baseline.Builder::build);
      required(
          "value",
          (p, ctxt, b) -> b.value(ResultsDeserializers.QUANTITY_TEXT.deserialize(p, ctxt)));
      optional(
          "rocYear",
          (p, ctxt, b) ->
              b.rocYear(
                  TokenValues.integer(
                      p, ctxt, Baseline.class, 1, AnnualPlan.MAX_ROC_YEAR, ROC_YEAR)));
    }
  }

  /** A year's target under construction. */
  static final class YearTargetDraft {
    int rocYear;
    QuantityText target;
  }

  static final class YearTargetDeserializer
      extends ObjectDeserializer<YearTarget, YearTargetDraft> {
    YearTargetDeserializer() {
      super(
          YearTarget.class,
          Phrase.of("object.year-target"),
          YearTargetDraft::new,
          d -> YearTarget.of(d.rocYear, d.target.text()));
      required(
          "rocYear",
          (p, ctxt, d) ->
              d.rocYear =
                  TokenValues.integer(
                      p, ctxt, YearTarget.class, 1, AnnualPlan.MAX_ROC_YEAR, ROC_YEAR));
      required(
          "target",
          (p, ctxt, d) ->
              d.target = printed(p, ctxt, YearTarget.class, Phrase.of("expect.year-target")));
    }
  }
}
