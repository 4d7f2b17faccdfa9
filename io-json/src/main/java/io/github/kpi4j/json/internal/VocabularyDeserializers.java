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
final class VocabularyDeserializers {
  static final Phrase EVALUATION_METHODS =
      Phrase.of(
          "expect.evaluation-method",
          EvaluationMethod.STATISTICAL_DATA.label(),
          EvaluationMethod.SURVEY.label(),
          EvaluationMethod.MILESTONES.label(),
          EvaluationMethod.OTHER.labels().get(0),
          EvaluationMethod.OTHER.labels().get(1),
          Terms.EVALUATION_METHOD);
  static final Phrase CATEGORIES =
      Phrase.of(
          "expect.category",
          ProgrammeCategory.PUBLIC_CONSTRUCTION.label(),
          ProgrammeCategory.SCIENCE_TECHNOLOGY.label(),
          ProgrammeCategory.SOCIAL_DEVELOPMENT.label(),
          ProgrammeCategory.OTHER.labels().get(0),
          ProgrammeCategory.OTHER.labels().get(1),
          Terms.CATEGORY);
  static final Phrase DIRECTIONS = Phrase.of("expect.direction");
  static final Phrase LEVELS = Phrase.of("expect.level");
  static final Phrase EVALUATION_SYSTEMS =
      Phrase.of("expect.evaluation-system", Terms.EVALUATION_SYSTEM);

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

  private VocabularyDeserializers() {}

  /** A code or label, as a JSON string. */
  private static final class CodeDeserializer<E> extends StdDeserializer<E> {
    private final transient Function<String, Optional<E>> lookup;
    private final Phrase expected;

    CodeDeserializer(Class<E> type, Function<String, Optional<E>> lookup, Phrase expected) {
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
      return TokenValues.expected(p, ctxt, handledType(), expected);
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
          TokenValues.integer(p, ctxt, EvaluationSystem.class, 1, 5, EVALUATION_SYSTEMS));
    }
  }
}
