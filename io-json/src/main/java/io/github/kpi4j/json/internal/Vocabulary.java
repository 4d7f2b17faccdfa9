package io.github.kpi4j.json.internal;

import io.github.kpi4j.model.AgencyLevel;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.ProgrammeCategory;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * The closed vocabularies of the plan format. A value is taken exactly as listed: the core's
 * lookups forgive surrounding spaces, the format (and its schema) does not.
 */
final class Vocabulary {
  static final String EVALUATION_METHODS =
      "statistical-data, survey, milestones or other, or a label 統計數據, 問卷調查, 完成工作項目, 其他 or 其它"
          + " (評估方式)";
  static final String CATEGORIES =
      "public-construction, science-technology, social-development or other, or a label 公共建設,"
          + " 科技發展, 社會發展, 其它 or 其他 (計畫類別)";
  static final String DIRECTIONS = "\"increase\" or \"decrease\"";
  static final String LEVELS = "\"central\" or \"local\" (the agency's level)";
  static final String EVALUATION_SYSTEMS = "an integer 1–5 (評估體制)";

  static final StdDeserializer<EvaluationMethod> EVALUATION_METHOD =
      new CodeDeserializer<>(
          EvaluationMethod.class, EvaluationMethod::fromText, EVALUATION_METHODS);
  static final StdDeserializer<ProgrammeCategory> CATEGORY =
      new CodeDeserializer<>(ProgrammeCategory.class, ProgrammeCategory::fromText, CATEGORIES);
  static final StdDeserializer<Direction> DIRECTION =
      new CodeDeserializer<>(Direction.class, Direction::fromCode, DIRECTIONS);
  static final StdDeserializer<AgencyLevel> LEVEL =
      new CodeDeserializer<>(AgencyLevel.class, AgencyLevel::fromCode, LEVELS);
  static final StdDeserializer<EvaluationSystem> EVALUATION_SYSTEM =
      new EvaluationSystemDeserializer();

  private Vocabulary() {}

  /** A code or label, as a JSON string. */
  private static final class CodeDeserializer<E> extends StdDeserializer<E> {
    private final transient Function<String, Optional<E>> lookup;
    private final String expected;

    CodeDeserializer(Class<E> type, Function<String, Optional<E>> lookup, String expected) {
      super(type);
      this.lookup = lookup;
      this.expected = expected;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getString();
        Optional<E> value = text.equals(text.strip()) ? lookup.apply(text) : Optional.empty();
        if (value.isPresent()) {
          return value.get();
        }
      }
      return Values.mismatch(
          ctxt, handledType(), "expected " + expected + ", got " + Values.describe(p));
    }
  }

  /** A code 1–5, as a JSON integer. */
  private static final class EvaluationSystemDeserializer
      extends StdDeserializer<EvaluationSystem> {
    EvaluationSystemDeserializer() {
      super(EvaluationSystem.class);
    }

    @Override
    public EvaluationSystem deserialize(JsonParser p, DeserializationContext ctxt)
        throws JacksonException {
      return EvaluationSystem.ofCode(
          Values.integer(p, ctxt, EvaluationSystem.class, 1, 5, EVALUATION_SYSTEMS));
    }
  }
}
