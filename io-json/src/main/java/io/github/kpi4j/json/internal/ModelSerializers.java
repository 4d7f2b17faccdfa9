package io.github.kpi4j.json.internal;

import io.github.kpi4j.json.DocumentFormat;
import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AgencyLevel;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Baseline;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.ItemResult;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.model.YearTarget;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The serializers of the model: properties in the order of the format's tables, codes rather than
 * labels, every array even when empty, absent optional values and defaults left out.
 *
 * <p>The additions of the format (an agency's level, a goal's {@code common} and {@code weight}, a
 * KPI's {@code core}, {@code baseline}, {@code targets}, {@code items} and {@code milestones}, a
 * programme's {@code budget}, a result's {@code items} and {@code baseline}) are written only where
 * they say something: an empty list and a default are left out, so that a plan that uses none of
 * them is written exactly as before they existed.
 */
final class ModelSerializers {
  static final AgencySerializer AGENCY = new AgencySerializer();
  static final KpiSerializer KPI = new KpiSerializer();
  static final GoalSerializer GOAL = new GoalSerializer();
  static final ProgrammeSerializer PROGRAMME = new ProgrammeSerializer();
  static final PlanSerializer PLAN = new PlanSerializer();
  static final KpiResultSerializer RESULT = new KpiResultSerializer();
  static final ResultsSerializer RESULTS = new ResultsSerializer();
  static final QuantityTextSerializer QUANTITY_TEXT = new QuantityTextSerializer();

  /** A JSON number without exponent: such a text reads back as the same quantity text. */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  private ModelSerializers() {}

  static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray(values, values.size());
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  static void optionalString(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  static final class PlanSerializer extends StdSerializer<AnnualPlan> {
    PlanSerializer() {
      super(AnnualPlan.class);
    }

    @Override
    public void serialize(AnnualPlan plan, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject(plan);
      g.writeStringProperty("format", DocumentFormat.PLAN.id());
      g.writeName("agency");
      AGENCY.serialize(plan.agency(), g, ctxt);
      g.writeNumberProperty("rocYear", plan.rocYear());
      optionalString(g, "title", plan.title());
      strings(g, "preamble", plan.preamble());
      g.writeName("goals");
      g.writeStartArray(plan.goals(), plan.goals().size());
      for (Goal goal : plan.goals()) {
        GOAL.serialize(goal, g, ctxt);
      }
      g.writeEndArray();
      g.writeName("programmes");
      g.writeStartArray(plan.programmes(), plan.programmes().size());
      for (Programme programme : plan.programmes()) {
        PROGRAMME.serialize(programme, g, ctxt);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  static final class AgencySerializer extends StdSerializer<Agency> {
    AgencySerializer() {
      super(Agency.class);
    }

    @Override
    public void serialize(Agency agency, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject(agency);
      g.writeStringProperty("code", agency.code());
      g.writeStringProperty("name", agency.name());
      optionalString(g, "englishName", agency.englishName());
      if (agency.level() != AgencyLevel.CENTRAL) {
        g.writeStringProperty("level", agency.level().code());
      }
      g.writeEndObject();
    }
  }

  static final class GoalSerializer extends StdSerializer<Goal> {
    GoalSerializer() {
      super(Goal.class);
    }

    @Override
    public void serialize(Goal goal, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject(goal);
      g.writeNumberProperty("number", goal.number());
      g.writeStringProperty("title", goal.title());
      if (goal.common()) {
        g.writeBooleanProperty("common", true);
      }
      if (goal.weight().isPresent()) {
        g.writeNumberProperty("weight", goal.weight().get());
      }
      strings(g, "strategies", goal.strategies());
      g.writeName("kpis");
      g.writeStartArray(goal.kpis(), goal.kpis().size());
      for (Kpi kpi : goal.kpis()) {
        KPI.serialize(kpi, g, ctxt);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  static final class KpiSerializer extends StdSerializer<Kpi> {
    KpiSerializer() {
      super(Kpi.class);
    }

    @Override
    public void serialize(Kpi kpi, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject(kpi);
      g.writeNumberProperty("number", kpi.number());
      g.writeStringProperty("name", kpi.name());
      g.writeNumberProperty("evaluationSystem", kpi.evaluationSystem().code());
      g.writeStringProperty("evaluationMethod", kpi.evaluationMethod().code());
      g.writeStringProperty("measurementStandard", kpi.measurementStandard());
      optionalString(g, "formula", kpi.formula());
      optionalString(g, "target", kpi.target().map(QuantityText::text));
      if (kpi.direction() != Direction.INCREASE) {
        g.writeStringProperty("direction", kpi.direction().code());
      }
      if (kpi.weight().isPresent()) {
        g.writeNumberProperty("weight", kpi.weight().get());
      }
      strings(g, "midTermProgrammes", kpi.midTermProgrammes());
      if (kpi.core()) {
        g.writeBooleanProperty("core", true);
      }
      if (kpi.baseline().isPresent()) {
        Baseline baseline = kpi.baseline().get();
        g.writeName("baseline");
        g.writeStartObject(baseline);
        g.writeName("value");
        QUANTITY_TEXT.serialize(baseline.value(), g, ctxt);
        if (baseline.rocYear().isPresent()) {
          g.writeNumberProperty("rocYear", baseline.rocYear().get());
        }
        g.writeEndObject();
      }
      if (!kpi.targets().isEmpty()) {
        g.writeName("targets");
        g.writeStartArray(kpi.targets(), kpi.targets().size());
        for (YearTarget target : kpi.targets()) {
          g.writeStartObject(target);
          g.writeNumberProperty("rocYear", target.rocYear());
          g.writeStringProperty("target", target.target().text());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!kpi.items().isEmpty()) {
        g.writeName("items");
        g.writeStartArray(kpi.items(), kpi.items().size());
        for (KpiItem item : kpi.items()) {
          g.writeStartObject(item);
          g.writeNumberProperty("number", item.number());
          g.writeStringProperty("text", item.text());
          optionalString(g, "target", item.target().map(QuantityText::text));
          optionalString(g, "formula", item.formula());
          if (item.direction() != Direction.INCREASE) {
            g.writeStringProperty("direction", item.direction().code());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!kpi.milestones().isEmpty()) {
        g.writeName("milestones");
        g.writeStartArray(kpi.milestones(), kpi.milestones().size());
        for (Milestone milestone : kpi.milestones()) {
          g.writeStartObject(milestone);
          g.writeNumberProperty("number", milestone.number());
          g.writeStringProperty("text", milestone.text());
          g.writeStringProperty("progress", milestone.progress().text());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
  }

  static final class ProgrammeSerializer extends StdSerializer<Programme> {
    ProgrammeSerializer() {
      super(Programme.class);
    }

    @Override
    public void serialize(Programme programme, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject(programme);
      g.writeStringProperty("workProgramme", programme.workProgramme());
      g.writeStringProperty("item", programme.item());
      g.writeStringProperty("category", programme.category().code());
      strings(g, "content", programme.content());
      strings(g, "kpis", programme.kpis());
      optionalString(g, "budget", programme.budget().map(QuantityText::text));
      g.writeEndObject();
    }
  }

  static final class ResultsSerializer extends StdSerializer<PlanResults> {
    ResultsSerializer() {
      super(PlanResults.class);
    }

    @Override
    public void serialize(PlanResults results, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject(results);
      g.writeStringProperty("format", DocumentFormat.RESULTS.id());
      g.writeStringProperty("agency", results.agency());
      g.writeNumberProperty("rocYear", results.rocYear());
      g.writeName("results");
      g.writeStartArray(results.results(), results.results().size());
      for (KpiResult result : results.results()) {
        RESULT.serialize(result, g, ctxt);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  static final class KpiResultSerializer extends StdSerializer<KpiResult> {
    KpiResultSerializer() {
      super(KpiResult.class);
    }

    @Override
    public void serialize(KpiResult result, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject(result);
      g.writeStringProperty("kpi", result.kpi());
      if (result.actual().isPresent()) {
        g.writeName("actual");
        QUANTITY_TEXT.serialize(result.actual().get(), g, ctxt);
      }
      if (!result.variables().isEmpty()) {
        g.writeName("variables");
        g.writeStartObject(result.variables());
        for (Map.Entry<String, BigDecimal> variable : result.variables().entrySet()) {
          g.writeNumberProperty(variable.getKey(), variable.getValue());
        }
        g.writeEndObject();
      }
      optionalString(g, "note", result.note());
      if (!result.items().isEmpty()) {
        g.writeName("items");
        g.writeStartArray(result.items(), result.items().size());
        for (ItemResult item : result.items()) {
          g.writeStartObject(item);
          g.writeNumberProperty("item", item.item());
          g.writeName("actual");
          QUANTITY_TEXT.serialize(item.actual(), g, ctxt);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (result.baseline().isPresent()) {
        g.writeName("baseline");
        QUANTITY_TEXT.serialize(result.baseline().get(), g, ctxt);
      }
      g.writeEndObject();
    }
  }

  /**
   * A quantity text as a JSON number where it is a plain number that reads back as the same text
   * ({@code 415}), otherwise as a string ({@code 2,300人}, {@code 0.860}).
   */
  static final class QuantityTextSerializer extends StdSerializer<QuantityText> {
    QuantityTextSerializer() {
      super(QuantityText.class);
    }

    @Override
    public void serialize(QuantityText value, JsonGenerator g, SerializationContext ctxt) {
      String text = value.text();
      if (PLAIN_NUMBER.matcher(text).matches()
          && text.length() <= 2 * io.github.kpi4j.json.KpiJson.MAX_NUMBER_DIGITS
          && QuantityText.of(new BigDecimal(text)).equals(value)) {
        g.writeNumber(text);
      } else {
        g.writeString(text);
      }
    }
  }

  static final class EvaluationMethodSerializer extends StdSerializer<EvaluationMethod> {
    EvaluationMethodSerializer() {
      super(EvaluationMethod.class);
    }

    @Override
    public void serialize(EvaluationMethod value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(value.code());
    }
  }

  static final class EvaluationSystemSerializer extends StdSerializer<EvaluationSystem> {
    EvaluationSystemSerializer() {
      super(EvaluationSystem.class);
    }

    @Override
    public void serialize(EvaluationSystem value, JsonGenerator g, SerializationContext ctxt) {
      g.writeNumber(value.code());
    }
  }

  static final class CategorySerializer extends StdSerializer<ProgrammeCategory> {
    CategorySerializer() {
      super(ProgrammeCategory.class);
    }

    @Override
    public void serialize(ProgrammeCategory value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(value.code());
    }
  }

  static final class DirectionSerializer extends StdSerializer<Direction> {
    DirectionSerializer() {
      super(Direction.class);
    }

    @Override
    public void serialize(Direction value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(value.code());
    }
  }
}
